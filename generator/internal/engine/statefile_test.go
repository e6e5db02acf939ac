package engine

import (
	"reflect"
	"testing"
	"time"
)

func sampleState() *State {
	st := NewState()
	st.Taken = time.Unix(0, 1764600000123456789)
	st.Inputs = Stamps{
		"content/plans/svatove-2019/plan.toml":             {Size: 120345, ModTime: 1764600000000000001, Sum: 0xdeadbeefcafef00d},
		"content/plans/svatove-2019/notes/2021-03-01-a.md": {Size: 812, ModTime: -5, Sum: 1},
		"content/plans/svatove-2019/notes/2021-03-01-b.md": {Size: 0, ModTime: 0, Sum: 0},
		"config.toml": {Size: 1066, ModTime: 1764600000000000002, Sum: 42},
	}
	st.Units = map[string]*Unit{
		"plans/svatove-2019": {Key: Key{1, 2, 3}, Pack: "svatove-2019.pack", Data: []byte{0, 1, 2, 255},
			Outputs: map[string]Output{
				"svatove-2019/index.html":           {Key: Key{9}, Sum: 7, Size: 31000},
				"svatove-2019/ii/2-1/index.html":    {Key: Key{8, 8}, Sum: 6, Size: 12000},
				"en/svatove-2019/ii/2-1/index.html": {Key: Key{7}, Sum: 5, Size: 0},
			}},
		"":      {Key: Key{4}, Outputs: map[string]Output{"index.html": {Key: Key{5}, Sum: 3, Size: 10}}},
		"empty": {Outputs: map[string]Output{}},
	}
	return st
}

func TestStateFileRoundTrip(t *testing.T) {
	for _, st := range []*State{NewState(), sampleState()} {
		data, err := st.encode()
		if err != nil {
			t.Fatal(err)
		}
		again, _ := st.encode()
		if string(again) != string(data) {
			t.Error("the same state encoded to different bytes")
		}
		got, err := decodeState(data)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Taken.Equal(st.Taken) {
			t.Errorf("taken %v, want %v", got.Taken, st.Taken)
		}
		got.Taken = st.Taken
		if !reflect.DeepEqual(got, st) {
			t.Errorf("got %+v\nwant %+v", got, st)
		}
	}
}

func TestStateFileDamaged(t *testing.T) {
	data, _ := sampleState().encode()
	// Every cut is damage, never a smaller state taken for the whole.
	for i := range len(data) {
		if _, err := decodeState(data[:i]); err == nil {
			t.Fatalf("the first %d of %d bytes decoded", i, len(data))
		}
	}
	if _, err := decodeState(append(data, 0)); err == nil {
		t.Error("a trailing byte decoded")
	}
	for name, b := range map[string][]byte{
		"a gob state":   []byte("\x0f\xff\x81\x03\x01\x01\x05State"),
		"huge count":    append([]byte(stateMagic+"\x02\x00\x00"), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f),
		"path too long": append([]byte(stateMagic+"\x02\x00\x00\x01"), 0x05, 0x00),
	} {
		if _, err := decodeState(b); err == nil {
			t.Errorf("%s decoded", name)
		}
	}
}

func FuzzDecodeState(f *testing.F) {
	data, _ := sampleState().encode()
	f.Add(data)
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := decodeState(b)
		if err != nil || st.Format != FormatVersion {
			return
		}
		// What decodes survives a round trip (the bytes may differ:
		// a hostile file need not be in order).
		again, _ := st.encode()
		st2, err := decodeState(again)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(st, st2) {
			t.Errorf("round trip: %+v, then %+v", st, st2)
		}
	})
}

func TestStateSizeBound(t *testing.T) {
	for _, st := range []*State{NewState(), sampleState()} {
		data, _ := st.encode()
		if st.sizeBound() < len(data) {
			t.Errorf("bound %d, file %d bytes", st.sizeBound(), len(data))
		}
	}
}
