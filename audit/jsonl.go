package audit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/google/uuid"
)

// MaxLineBytes is the longest line, newline excluded, that [ReadJSONL]
// accepts: 2 MiB. Every event that passes [Event.Validate] encodes to a
// shorter line (at most [MaxPaths] paths of [MaxPathBytes] bytes, even with
// every byte escaped as \u00XX, is about 1.6 MB).
const MaxLineBytes = 2 << 20

// WriteJSONL writes the trail to w as JSON Lines: one event per line, in
// order, each the encoding/json encoding of the [Event] followed by "\n". Line
// n holds the event with Seq n. It returns the first error from w.
//
// Events appended while WriteJSONL runs are not written: it writes the trail
// as it was when called.
func (t *Trail) WriteJSONL(w io.Writer) error {
	t.mu.Lock()
	events := t.events // appended elements are never changed, so no copy
	t.mu.Unlock()

	bw := bufio.NewWriter(w)
	for i := range events {
		line, err := json.Marshal(&events[i])
		if err != nil {
			return err // unreachable for a validated event
		}
		bw.Write(line)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// ReadJSONL reads a trail written by [Trail.WriteJSONL] and verifies it. It
// returns the trail, or a [*TamperError] naming the line and Seq of the
// first problem, or the error of r. It is strict, so that any change to the
// bytes is detected:
//
//   - a line that is not JSON decoding into an [Event] (a blank line, a
//     cut line, a wrong type) is [BreakMalformed]; a line longer than
//     [MaxLineBytes] is [BreakLineTooLong];
//   - a line that decodes but is not byte for byte what WriteJSONL writes
//     for that event (other spacing, field order, letter case or escapes, an
//     extra field, a time with an offset, a "\r") is [BreakNonCanonical];
//   - an event that fails [Event.Validate] is [BreakInvalidEvent], a repeated ID
//     [BreakDuplicateID];
//   - a removed, inserted or reordered line is [BreakSeqGap] (or [BreakBrokenLink] if
//     the Seq values were rewritten too), an earlier time [BreakTimeOrder], any
//     other changed field [BreakHashMismatch];
//   - input that ends without a final "\n" is [Truncated]: the last line
//     was cut.
//
// What the file alone cannot show: the removal of whole lines at its end, or
// a file rewritten from scratch with new hashes, both leave a valid chain.
// Keep an [Anchor] (or [Trail.Head]) outside the file and check it with
// [Trail.CheckAnchor] after reading. Empty input is an empty trail.
func ReadJSONL(r io.Reader) (*Trail, error) {
	t := &Trail{ids: make(map[uuid.UUID]struct{})}
	br := bufio.NewReader(r)
	var c chainChecker
	var line []byte
	for n := 1; ; n++ {
		line = line[:0]
		eof := false
		for {
			chunk, err := br.ReadSlice('\n')
			if len(line)+len(chunk) > MaxLineBytes+1 {
				return nil, &TamperError{Seq: uint64(n), Line: n, Break: BreakLineTooLong}
			}
			line = append(line, chunk...)
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if errors.Is(err, io.EOF) {
				eof = true
			} else if err != nil {
				return nil, err
			}
			break
		}
		if eof {
			if len(line) == 0 {
				t.lines = len(t.events)
				return t, nil
			}
			return nil, &TamperError{Seq: uint64(n), Line: n, Break: BreakTruncated}
		}
		line = line[:len(line)-1] // the '\n'
		e, ok := parseLine(line)
		if !ok {
			var b Break
			if e, b = decodeLine(line); b != "" {
				return nil, &TamperError{Seq: uint64(n), Line: n, Break: b}
			}
		}
		if b := t.admit(&c, e); b != "" {
			return nil, &TamperError{Seq: uint64(n), Line: n, Break: b}
		}
	}
}

// decodeLine decodes a line that parseLine did not accept, with
// encoding/json, and checks that it is canonical by encoding it again.
func decodeLine(line []byte) (Event, Break) {
	var e Event
	if err := json.Unmarshal(line, &e); err != nil {
		return Event{}, BreakMalformed
	}
	e.At = e.At.UTC() // the trail stores UTC, so a line with an offset is not canonical
	canon, err := json.Marshal(&e)
	if err != nil || !bytes.Equal(canon, line) {
		return Event{}, BreakNonCanonical
	}
	return e, ""
}
