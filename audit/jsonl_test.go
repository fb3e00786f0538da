package audit_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/audit"
)

// jsonl returns the JSON Lines of an n-event sample trail and its anchor.
func jsonl(t testing.TB, n int) ([]byte, audit.Anchor) {
	t.Helper()
	tr := buildTrail(t, n)
	var buf bytes.Buffer
	require.NoError(t, tr.WriteJSONL(&buf))
	return buf.Bytes(), tr.Anchor()
}

// readErr reads data and returns the *TamperError it must produce.
func readErr(t *testing.T, data []byte) *audit.TamperError {
	t.Helper()
	_, err := audit.ReadJSONL(bytes.NewReader(data))
	var te *audit.TamperError
	require.ErrorAs(t, err, &te)
	return te
}

func splitLines(data []byte) [][]byte {
	lines := bytes.SplitAfter(data, []byte("\n"))
	return lines[:len(lines)-1] // the empty string after the last "\n"
}

func TestJSONLRoundTrip(t *testing.T) {
	data, anchor := jsonl(t, 50)
	lines := splitLines(data)
	require.Len(t, lines, 50)
	assert.True(t, bytes.HasPrefix(lines[0], []byte(`{"seq":1,"id":"70000000-0000-4000-8000-000000000000","at":"2026-03-02T10:00:00Z"`)), "%s", lines[0])

	tr, err := audit.ReadJSONL(bytes.NewReader(data))
	require.NoError(t, err)
	assert.NoError(t, tr.Verify())
	assert.NoError(t, tr.CheckAnchor(anchor))
	assert.Equal(t, buildTrail(t, 50).Events(), tr.Events())

	var again bytes.Buffer
	require.NoError(t, tr.WriteJSONL(&again))
	assert.Equal(t, data, again.Bytes(), "read then write gives the same bytes")

	// The trail read can be appended to.
	_, err = tr.Append(sample(50))
	assert.NoError(t, err)

	empty, err := audit.ReadJSONL(strings.NewReader(""))
	require.NoError(t, err)
	assert.Zero(t, empty.Len())
}

func TestReadJSONLReports(t *testing.T) {
	data, _ := jsonl(t, 5)
	lines := splitLines(data)
	join := func(ls ...[]byte) []byte { return bytes.Join(ls, nil) }
	replace := func(line int, old, new string) []byte {
		out := make([][]byte, len(lines))
		copy(out, lines)
		out[line-1] = bytes.Replace(lines[line-1], []byte(old), []byte(new), 1)
		require.NotEqual(t, lines[line-1], out[line-1], "fixture: %q not found", old)
		return join(out...)
	}
	hashAt := bytes.LastIndex(lines[0], []byte(`"hash":"`)) + len(`"hash":"`)
	upperHash := bytes.Clone(data)
	copy(upperHash[hashAt:hashAt+64], bytes.ToUpper(lines[0][hashAt:hashAt+64]))
	require.NotEqual(t, data, upperHash, "fixture: the hash has letters")
	tests := []struct {
		name   string
		data   []byte
		line   int
		break_ audit.Break
	}{
		{"changed version", replace(3, `"version":1`, `"version":2`), 3, audit.BreakHashMismatch},
		{"changed role", replace(2, `"provider"`, `"peer"`), 2, audit.BreakHashMismatch},
		{"changed hash", replace(4, `"hash":"`, `"hash":"0`), 4, audit.BreakMalformed},
		{"upper-case hash", upperHash, 1, audit.BreakMalformed},
		{"space", replace(2, `,"id"`, `, "id"`), 2, audit.BreakNonCanonical},
		{"extra field", replace(2, `{"seq"`, `{"x":1,"seq"`), 2, audit.BreakNonCanonical},
		{"time offset", replace(1, `"2026-03-02T10:00:00Z"`, `"2026-03-02T11:00:00+01:00"`), 1, audit.BreakNonCanonical},
		{"carriage return", replace(5, "}\n", "}\r\n"), 5, audit.BreakNonCanonical},
		{"invalid event", replace(3, `"view"`, `"peek"`), 3, audit.BreakInvalidEvent},
		{"removed line", join(lines[0], lines[2], lines[3], lines[4]), 2, audit.BreakSeqGap},
		{"inserted line", join(lines[0], lines[1], lines[1], lines[2]), 3, audit.BreakSeqGap},
		{"swapped lines", join(lines[0], lines[2], lines[1], lines[3], lines[4]), 2, audit.BreakSeqGap},
		{"blank line", join(lines[0], []byte("\n"), lines[1]), 2, audit.BreakMalformed},
		{"cut last line", data[:len(data)-10], 5, audit.BreakTruncated},
		{"no final newline", data[:len(data)-1], 5, audit.BreakTruncated},
		{"not an object", []byte("[1,2]\n"), 1, audit.BreakMalformed},
		{"too long", append(bytes.Repeat([]byte(" "), audit.MaxLineBytes+1), '\n'), 1, audit.BreakLineTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			te := readErr(t, tt.data)
			assert.Equal(t, tt.line, te.Line)
			assert.Equal(t, uint64(tt.line), te.Seq)
			assert.Equal(t, tt.break_, te.Break)
			assert.NotContains(t, te.Error(), "actor-", "the message holds no content")
		})
	}
}

// TestReadJSONLDetectsEveryChange is the tamper-evidence property over a
// 50-event trail: every single-byte change, every removed or duplicated line,
// every swap of two lines and every cut of the tail is detected, by
// ReadJSONL or, for a cut at a line boundary, by the anchor.
func TestReadJSONLDetectsEveryChange(t *testing.T) {
	data, anchor := jsonl(t, 50)
	lines := splitLines(data)
	lineOf := make([]int, len(data)) // 1-based line of each byte
	for i, n := 0, 1; i < len(data); i++ {
		lineOf[i] = n
		if data[i] == '\n' {
			n++
		}
	}

	// Every position is changed to a value that keeps it printable ASCII
	// where it was (the hardest case: the JSON often still parses). The
	// lines are split between parallel subtests.
	const chunks = 5
	for c := range chunks {
		t.Run(fmt.Sprintf("every byte/%d", c), func(t *testing.T) {
			t.Parallel()
			changed := bytes.Clone(data) // changed in place, one byte at a time
			for pos := range data {
				if (lineOf[pos]-1)*chunks/len(lines) != c {
					continue
				}
				changed[pos] = flip(data[pos])
				_, err := audit.ReadJSONL(bytes.NewReader(changed))
				changed[pos] = data[pos]
				var te *audit.TamperError
				if !errors.As(err, &te) {
					t.Fatalf("byte %d (line %d) %q -> %q: not detected", pos, lineOf[pos], data[pos], flip(data[pos]))
				}
				if te.Line != lineOf[pos] {
					t.Fatalf("byte %d: reported line %d, want %d (%v)", pos, te.Line, lineOf[pos], te.Break)
				}
			}
		})
	}
	t.Run("many values of every byte of line 1", func(t *testing.T) {
		t.Parallel()
		for pos := range lines[0] {
			b := data[pos]
			for _, v := range []byte{b ^ 0x01, b ^ 0x20, b ^ 0x80, '\n', '\r', ' ', '"', '\\', '0', 'a', 'A', '}', 0x00, 0xff} {
				if v == b {
					continue
				}
				changed := bytes.Clone(data)
				changed[pos] = v
				te := readErr(t, changed)
				if te.Line != 1 {
					t.Fatalf("byte %d -> %q: reported line %d (%v)", pos, v, te.Line, te.Break)
				}
			}
		}
	})
	t.Run("every line removed", func(t *testing.T) {
		for i := range lines {
			out := bytes.Join(append(append([][]byte{}, lines[:i]...), lines[i+1:]...), nil)
			if i == len(lines)-1 {
				tr, err := audit.ReadJSONL(bytes.NewReader(out))
				require.NoError(t, err, "the file alone cannot show a removed last line")
				assert.Error(t, tr.CheckAnchor(anchor), "the anchor does")
				continue
			}
			te := readErr(t, out)
			assert.Equal(t, i+1, te.Line)
		}
	})
	t.Run("every line duplicated", func(t *testing.T) {
		for i := range lines {
			out := bytes.Join(append(append(append([][]byte{}, lines[:i+1]...), lines[i]), lines[i+1:]...), nil)
			te := readErr(t, out)
			assert.Equal(t, i+2, te.Line)
		}
	})
	t.Run("every pair swapped", func(t *testing.T) {
		for i := range lines {
			for j := i + 1; j < len(lines); j++ {
				ls := append([][]byte{}, lines...)
				ls[i], ls[j] = ls[j], ls[i]
				te := readErr(t, bytes.Join(ls, nil))
				assert.Equal(t, i+1, te.Line)
			}
		}
	})
	t.Run("every cut", func(t *testing.T) {
		for n := len(data) - 1; n >= len(data)-len(lines[len(lines)-1])-len(lines[len(lines)-2]); n-- {
			tr, err := audit.ReadJSONL(bytes.NewReader(data[:n]))
			if err != nil {
				var te *audit.TamperError
				require.ErrorAs(t, err, &te)
				assert.Equal(t, audit.BreakTruncated, te.Break)
				continue
			}
			assert.Equal(t, byte('\n'), data[n-1], "only a cut at a line end reads")
			assert.Error(t, tr.CheckAnchor(anchor))
		}
	})
}

// flip returns a different byte: a printable ASCII byte stays printable.
func flip(b byte) byte {
	switch {
	case b == '~':
		return '}'
	case b >= ' ' && b < '~':
		return b + 1
	}
	return b ^ 1
}

func TestReadJSONLLimits(t *testing.T) {
	// The largest valid event fits in a line.
	e := sample(1)
	e.Paths = make([]string, audit.MaxPaths)
	for i := range e.Paths {
		p := []byte(strings.Repeat("\x01", audit.MaxPathBytes))
		p[0] = '/'
		p[1], p[2], p[3] = byte('a'+i%26), byte('a'+i/26%26), byte('a'+i/676)
		e.Paths[i] = string(p)
	}
	require.NoError(t, e.Validate())
	var tr audit.Trail
	_, err := tr.Append(e)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, tr.WriteJSONL(&buf))
	assert.Less(t, buf.Len(), audit.MaxLineBytes)
	back, err := audit.ReadJSONL(&buf)
	require.NoError(t, err)
	assert.Equal(t, tr.Head(), back.Head())

	// A reader error is returned as it is.
	boom := errors.New("disk")
	_, err = audit.ReadJSONL(io.MultiReader(strings.NewReader("{"), errReader{boom}))
	assert.ErrorIs(t, err, boom)
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func TestWriteJSONLError(t *testing.T) {
	tr := buildTrail(t, 3)
	boom := errors.New("full")
	assert.ErrorIs(t, tr.WriteJSONL(errWriter{boom}), boom)
}

type errWriter struct{ err error }

func (w errWriter) Write([]byte) (int, error) { return 0, w.err }

func TestVerifyNamesLine(t *testing.T) {
	data, _ := jsonl(t, 8)
	tr, err := audit.ReadJSONL(bytes.NewReader(data))
	require.NoError(t, err)
	_, err = tr.Append(sample(8))
	require.NoError(t, err)

	audit.Corrupt(tr, 8) // appended after reading: no line
	var te *audit.TamperError
	require.ErrorAs(t, tr.Verify(), &te)
	assert.Equal(t, audit.TamperError{Seq: 9, Line: 0, Break: audit.BreakHashMismatch}, *te)

	audit.Corrupt(tr, 4) // read from line 5
	require.ErrorAs(t, tr.Verify(), &te)
	assert.Equal(t, audit.TamperError{Seq: 5, Line: 5, Break: audit.BreakHashMismatch}, *te)
}
