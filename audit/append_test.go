package audit_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
)

// withDigest returns sample(i) carrying the digest of some stored bytes when
// it changes content.
func withDigest(i int) audit.Event {
	e := sample(i)
	if e.Action.ChangesContent() {
		e.Digest = sha256.Sum256([]byte{byte(i), 'v'})
	}
	return e
}

func TestAppendJSONLWritesWhatWriteJSONLWrites(t *testing.T) {
	tests := []struct {
		name  string
		event func(i int) audit.Event
		n     int
	}{
		{"sample events", sample, 40},
		{"events with digests", withDigest, 40},
		{"one event", sample, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var appended bytes.Buffer
			var tr audit.Trail
			for i := range tc.n {
				in := tc.event(i)
				in.At = in.At.In(time.FixedZone("UTC-5", -5*3600)) // stored in UTC
				out, err := tr.AppendJSONL(&appended, in)
				require.NoError(t, err)
				assert.Equal(t, uint64(i+1), out.Seq)
			}
			var whole bytes.Buffer
			require.NoError(t, tr.WriteJSONL(&whole))
			assert.Equal(t, whole.String(), appended.String(), "byte for byte")

			back, err := audit.ReadJSONL(&appended)
			require.NoError(t, err)
			assert.Equal(t, tr.Events(), back.Events())
			assert.NoError(t, back.CheckAnchor(tr.Anchor()))
		})
	}
}

// failingWriter writes part of what it is given, then fails.
type failingWriter struct{ buf bytes.Buffer }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.buf.Write(p[:len(p)/2])
	return len(p) / 2, errors.New("disk full")
}

func TestAppendJSONLErrorsLeaveTheTrailUnchanged(t *testing.T) {
	tests := []struct {
		name  string
		event audit.Event
		is    error
	}{
		{"invalid event", func() audit.Event { e := sample(1); e.Actor.ID = "Jane Doe"; return e }(), recovery.ErrInvalid},
		{"earlier than the last", func() audit.Event { e := sample(1); e.At = refTime.Add(-time.Hour); return e }(), audit.ErrTimeOrder},
		{"repeated ID", func() audit.Event { e := sample(1); e.ID = eventID(0); return e }(), recovery.ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var tr audit.Trail
			var buf bytes.Buffer
			_, err := tr.AppendJSONL(&buf, sample(0))
			require.NoError(t, err)
			before := buf.Len()
			_, err = tr.AppendJSONL(&buf, tc.event)
			assert.ErrorIs(t, err, tc.is)
			assert.Equal(t, before, buf.Len(), "nothing written")
			assert.Equal(t, 1, tr.Len())
		})
	}
	t.Run("writer fails", func(t *testing.T) {
		var tr audit.Trail
		var w failingWriter
		_, err := tr.AppendJSONL(&w, sample(0))
		assert.EqualError(t, err, "disk full")
		assert.Equal(t, 0, tr.Len(), "the event is added only once its line is written")
		assert.NotZero(t, w.buf.Len())
		_, err = audit.ReadJSONL(&w.buf)
		assert.ErrorIs(t, err, audit.ErrTampered, "a cut line reads as truncated")
	})
}

func TestLinkMatchesAppend(t *testing.T) {
	tests := []struct {
		name  string
		event func(i int) audit.Event
	}{
		{"sample events", sample},
		{"events with digests", withDigest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var tr audit.Trail
			var last audit.Event
			for i := range 30 {
				want, err := tr.Append(tc.event(i))
				require.NoError(t, err)
				// Only the head's Seq, At and Hash are needed.
				head := audit.Event{Seq: last.Seq, At: last.At, Hash: last.Hash}
				got, err := audit.Link(head, tc.event(i))
				require.NoError(t, err)
				assert.Equal(t, want, got)
				last = got
			}
			assert.Equal(t, tr.Head(), last.Hash)
		})
	}
}

func TestLinkErrors(t *testing.T) {
	first, err := audit.Link(audit.Event{}, sample(0))
	require.NoError(t, err)
	tests := []struct {
		name  string
		event audit.Event
		is    error
	}{
		{"invalid", audit.Event{}, recovery.ErrInvalid},
		{"earlier than the head", func() audit.Event { e := sample(1); e.At = first.At.Add(-time.Nanosecond); return e }(), audit.ErrTimeOrder},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := audit.Link(first, tc.event)
			assert.ErrorIs(t, err, tc.is)
		})
	}
}

func TestDigestIsInTheChain(t *testing.T) {
	e := withDigest(0)
	require.False(t, e.Digest.IsZero())
	canon := e.AppendCanonical(nil)
	assert.Equal(t, byte(0x02), canon[0], "layout 2 with a digest")
	assert.Equal(t, e.Digest[:], canon[len(canon)-32:])
	plain := e
	plain.Digest = audit.Hash{}
	assert.Equal(t, byte(0x01), plain.AppendCanonical(nil)[0], "layout 1 without one")
	assert.Equal(t, len(canon)-32, len(plain.AppendCanonical(nil)))

	var tr audit.Trail
	for i := range 9 {
		_, err := tr.Append(withDigest(i))
		require.NoError(t, err)
	}
	var buf bytes.Buffer
	require.NoError(t, tr.WriteJSONL(&buf))
	lines := splitLines(buf.Bytes())
	assert.Contains(t, string(lines[0]), `"outcome":"success","digest":"`)
	assert.NotContains(t, string(lines[2]), `"digest"`, "a view has no digest")
	for i, line := range lines {
		e, ok := audit.ParseLine(bytes.TrimSuffix(line, []byte("\n")))
		assert.True(t, ok, "line %d takes the fast path", i+1)
		assert.Equal(t, tr.Events()[i], e)
	}

	// A digest changed in the file breaks the event's hash.
	changed := bytes.Replace(buf.Bytes(), []byte(`"digest":"`+tr.Events()[0].Digest.String()), []byte(`"digest":"`+audit.Hash(sha256.Sum256([]byte("other"))).String()), 1)
	require.NotEqual(t, buf.Bytes(), changed)
	te := readErr(t, changed)
	assert.Equal(t, audit.BreakHashMismatch, te.Break)
	assert.Equal(t, 1, te.Line)

	// A zero digest written out is not canonical (omitzero leaves it out).
	zero := bytes.Replace(lines[2], []byte(`"outcome":"success"`), []byte(`"outcome":"success","digest":"`+audit.Hash{}.String()+`"`), 1)
	_, ok := audit.ParseLine(bytes.TrimSuffix(zero, []byte("\n")))
	assert.False(t, ok)
}

func TestDiffOptions(t *testing.T) {
	type goal struct {
		ID     uuid.UUID `json:"id"`
		Status string    `json:"status"`
	}
	type doc struct {
		ID       uuid.UUID `json:"id"`
		Version  int       `json:"version"`
		Replaces uuid.UUID `json:"replaces,omitzero"`
		SeriesID uuid.UUID `json:"seriesId,omitzero"`
		Vision   string    `json:"vision"`
		Goals    []goal    `json:"goals"`
		Created  time.Time `json:"created"`
		Reviewed time.Time `json:"reviewed,omitzero"`
		AgreedAt time.Time `json:"agreedAt,omitzero"`
	}
	g := uuid.MustParse("10000000-0000-4000-8000-000000000001")
	v1 := doc{ID: uuid.New(), Version: 1, Vision: "a home", Goals: []goal{{g, "active"}}, Created: refTime, AgreedAt: refTime}
	v2 := v1
	v2.ID, v2.Version, v2.Replaces, v2.SeriesID = uuid.New(), 2, v1.ID, v1.ID
	v2.Created, v2.AgreedAt, v2.Reviewed = refTime.Add(time.Hour), time.Time{}, refTime.Add(2*time.Hour)
	v2.Goals = []goal{{g, "completed"}}
	same := v2
	same.Goals = v1.Goals

	tests := []struct {
		name   string
		opts   audit.DiffOptions
		before any
		after  any
		want   []string
	}{
		{"zero options: everything", audit.DiffOptions{}, v1, v2,
			[]string{"/agreedAt", "/created", "/goals/0/status", "/id", "/replaces", "/reviewed", "/seriesId", "/version"}},
		{"content only", audit.DiffOptions{SkipBookkeeping: true}, v1, v2, []string{"/goals/0/status"}},
		{"bookkeeping only changed", audit.DiffOptions{SkipBookkeeping: true}, v1, same, nil},
		{"skip a subtree", audit.DiffOptions{Skip: []string{"/goals"}}, v1, same,
			[]string{"/agreedAt", "/created", "/id", "/replaces", "/reviewed", "/seriesId", "/version"}},
		{"skip is by token, not by prefix", audit.DiffOptions{SkipBookkeeping: true, Skip: []string{"/goal"}}, v1, v2, []string{"/goals/0/status"}},
		{"both", audit.DiffOptions{SkipBookkeeping: true, Skip: []string{"/goals/0"}}, v1, v2, nil},
		{"empty skip is ignored", audit.DiffOptions{Skip: []string{""}}, 1, 2, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.opts.Diff(tc.before, tc.after)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := audit.DiffOptions{SkipBookkeeping: true}.Diff(make(chan int), 1)
	assert.Error(t, err)
	assert.Equal(t, []string{"/agreedAt", "/created", "/id", "/replaces", "/reviewed", "/seriesId", "/version"}, audit.Bookkeeping())
}
