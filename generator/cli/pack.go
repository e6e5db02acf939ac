package cli

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/plansite/plansite/generator"
)

// plansite pack writes the offline copy of the portal: the site built with
// relative links (generator.WithRelative), which works opened from a
// folder, as one zip to hand to someone — a journalist without a
// connection, an archive. The zip is deterministic: the same content and
// date give the same bytes.

func runPack(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("pack", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf siteFlags
	sf.register(fs)
	out := fs.String("out", "site.zip", "the zip to write (relative to --root unless absolute)")
	opts, ok := sf.parse(fs, args, stderr)
	if !ok {
		return 2
	}
	if !strings.EqualFold(filepath.Ext(*out), ".zip") {
		fmt.Fprintf(stderr, "plansite pack: --out %q: назва архіву має закінчуватися на .zip (the file name must end in .zip)\n", *out)
		return 2
	}
	file := *out
	if !filepath.IsAbs(file) {
		file = filepath.Join(sf.root, file)
	}
	ctx, stop := interruptible()
	defer stop()
	start := time.Now()
	res, err := generator.New(append(opts, generator.WithRelative())...).Generate(ctx)
	if reportBuild(stderr, "plansite pack", sf.lang, res, err) {
		return 1
	}
	folder := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	var buf bytes.Buffer
	mod := time.Date(res.AsOf.Year, time.Month(res.AsOf.Month), res.AsOf.Day, 0, 0, 0, 0, time.UTC)
	if err := writeZip(&buf, res.Files, folder, mod); err != nil {
		fmt.Fprintln(stderr, "plansite pack:", err)
		return 1
	}
	if err := writeAtomic(file, buf.Bytes()); err != nil {
		fmt.Fprintln(stderr, "plansite pack:", err)
		return 1
	}
	fmt.Fprintf(stdout, "plansite: %d файлів, %.1f МБ → %s за %v (стан на %s); відкрийте %s/index.html (open %s/index.html)\n",
		len(res.Files), float64(buf.Len())/1e6, *out, time.Since(start).Round(time.Millisecond), res.AsOf, folder, folder)
	return 0
}

// writeZip writes files (slash paths) into one folder of a zip, sorted by
// name, every entry dated mod: the same files give the same bytes.
// Pictures, compressed already, are stored as they are.
func writeZip(w io.Writer, files map[string][]byte, folder string, mod time.Time) error {
	zw := zip.NewWriter(w)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		h := &zip.FileHeader{Name: path.Join(folder, name), Method: zip.Deflate, Modified: mod}
		if ext := path.Ext(name); ext == ".png" || ext == ".zip" {
			h.Method = zip.Store
		}
		h.SetMode(0o644)
		f, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := f.Write(files[name]); err != nil {
			return err
		}
	}
	return zw.Close()
}

// writeAtomic writes data to file through a temporary file beside it, so
// that a failed write leaves the previous archive whole.
func writeAtomic(file string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), file)
}
