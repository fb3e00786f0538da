package cohort

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// source is one input stream: a file, or standard input ("-").
type source struct {
	name string
	open func() (io.ReadCloser, error)
}

// planFile reports whether a file found in a directory is read as plans:
// JSON Lines, NDJSON or JSON, gzip-compressed or not.
func planFile(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	for _, ext := range []string{".jsonl", ".ndjson", ".json"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// sources lists the inputs named by args, in order: a file as itself, a
// directory as the plan files under it in lexical order, "-" (or no
// argument) as stdin.
func sources(args []string, stdin io.Reader) ([]source, error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var out []source
	for _, a := range args {
		if a == "-" {
			out = append(out, source{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, fileSource(a))
			continue
		}
		var names []string
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && planFile(d.Name()) {
				names = append(names, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, n := range names {
			out = append(out, fileSource(n))
		}
	}
	return out, nil
}

func fileSource(name string) source {
	return source{name: name, open: func() (io.ReadCloser, error) { return os.Open(name) }}
}

// lineReader reads the lines of one source, gunzipping it when it starts
// with the gzip magic number and dropping a leading UTF-8 byte-order mark.
type lineReader struct {
	r   *bufio.Reader
	buf []byte
	max int
	gz  bool
}

var bom = []byte{0xEF, 0xBB, 0xBF}

func newLineReader(in io.Reader, max int) (*lineReader, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	lr := &lineReader{r: br, max: max}
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		lr.r = bufio.NewReaderSize(zr, 64<<10)
		lr.gz = true
	}
	if b, _ := lr.r.Peek(3); bytes.Equal(b, bom) {
		lr.r.Discard(3) //nolint:errcheck // the bytes were peeked
	}
	return lr, nil
}

// next reads one line without its line ending, or reports tooLong when the
// line is longer than max bytes, having skipped the rest of it without
// keeping it. The line is valid until the next call.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max+2 { // +2 for "\r\n"
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		b := lr.buf
		for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
			b = b[:len(b)-1]
		}
		if tooLong || len(b) > lr.max {
			return nil, true, err
		}
		return b, false, err
	}
}

// readRule names a read error of a source as a reject rule.
func readRule(err error, gz bool) string {
	switch {
	case gz && errors.Is(err, io.ErrUnexpectedEOF):
		return "gzip-truncated"
	case gz && (errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader)):
		return "gzip-corrupt"
	case gz:
		return "gzip-corrupt"
	}
	return "read-error"
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
