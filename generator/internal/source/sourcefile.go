package source

import (
	"io"
	"io/fs"
	"os"

	"github.com/plansite/plansite/generator/diag"
)

// readLimited reads at most limit+1 bytes of the file at abs, so that a
// huge file (a pasted scan, a log) is refused without being read whole,
// and returns them with the file's size (as stat gives it, or as far as
// it was read, should the file grow). Only an ordinary file is opened: a
// named pipe would keep the read waiting forever, a device never end.
func readLimited(abs string, limit int) ([]byte, int64, error) {
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, 0, err
	}
	if !fi.Mode().IsRegular() {
		return nil, 0, notRegularError{fi.Mode()}
	}
	if fi.Size() > int64(limit) {
		return nil, fi.Size(), nil
	}
	f, err := os.Open(abs)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, 0, err
	}
	return data, max(fi.Size(), int64(len(data))), nil
}

// notRegularError is a path that is not an ordinary file.
type notRegularError struct{ mode fs.FileMode }

func (e notRegularError) Error() string { return "not a regular file: " + e.mode.String() }

// kind names what the path is, for the message.
func (e notRegularError) kind() diag.Text {
	switch {
	case e.mode.IsDir():
		return diag.Text{UK: "це тека", EN: "it is a folder"}
	case e.mode&fs.ModeNamedPipe != 0:
		return diag.Text{UK: "це іменований канал", EN: "it is a named pipe"}
	case e.mode&fs.ModeSocket != 0:
		return diag.Text{UK: "це сокет", EN: "it is a socket"}
	case e.mode&fs.ModeDevice != 0:
		return diag.Text{UK: "це пристрій", EN: "it is a device"}
	}
	return diag.Text{UK: "тип " + e.mode.Type().String(), EN: "type " + e.mode.Type().String()}
}
