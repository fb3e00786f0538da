package audit_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/internal/validate"
)

var (
	refTime = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	planID  = uuid.MustParse("60000000-0000-4000-8000-000000000001")
)

// eventID returns a distinct, deterministic event ID for i.
func eventID(i int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("70000000-0000-4000-8000-%012d", i))
}

// sample returns the i-th event of a varied, deterministic trail.
func sample(i int) audit.Event {
	roles := audit.Roles()
	actions := []audit.Action{audit.ActionCreate, audit.ActionUpdate, audit.ActionView, audit.ActionUpdate, audit.ActionSign, audit.ActionExport, audit.ActionShare, audit.ActionUpdate, audit.ActionDelete}
	e := audit.Event{
		ID:      eventID(i),
		At:      refTime.Add(time.Duration(i) * 90 * time.Second).Add(time.Duration(i%7) * time.Nanosecond * 1234567),
		Actor:   audit.Actor{ID: fmt.Sprintf("actor-%d", i%4), Role: roles[i%len(roles)]},
		Action:  actions[i%len(actions)],
		Subject: planID,
		Version: uint64(i/3 + 1),
		Outcome: audit.OutcomeSuccess,
	}
	if e.Action.ChangesContent() {
		e.Paths = []string{"/goals/" + fmt.Sprint(i%5) + "/title", "/strengths/0/area"}
		e.Reason = "person-request"
	}
	if i%11 == 10 {
		e.Outcome = audit.OutcomeMinorFailure
	}
	return e
}

// buildTrail appends n sample events.
func buildTrail(t testing.TB, n int) *audit.Trail {
	t.Helper()
	var tr audit.Trail
	for i := range n {
		_, err := tr.Append(sample(i))
		require.NoError(t, err)
	}
	return &tr
}

func TestAppendFillsChain(t *testing.T) {
	var tr audit.Trail
	assert.True(t, tr.Head().IsZero(), "empty trail has a zero head")
	in := sample(0)
	in.Seq, in.Hash = 99, audit.Hash{1} // ignored
	in.At = in.At.In(time.FixedZone("UTC+2", 2*3600))
	first, err := tr.Append(in)
	require.NoError(t, err)
	assert.Equal(t, uint64(1), first.Seq)
	assert.True(t, first.Prev.IsZero())
	assert.Equal(t, time.UTC, first.At.Location())
	want := sha256.Sum256(append(first.Prev[:], first.AppendCanonical(nil)...))
	assert.Equal(t, audit.Hash(want), first.Hash)

	second, err := tr.Append(sample(1))
	require.NoError(t, err)
	assert.Equal(t, uint64(2), second.Seq)
	assert.Equal(t, first.Hash, second.Prev)
	assert.Equal(t, second.Hash, tr.Head())
	assert.Equal(t, 2, tr.Len())
	assert.Equal(t, audit.Anchor{Seq: 2, Head: second.Hash}, tr.Anchor())
	assert.NoError(t, tr.Verify())
}

func TestAppendRejects(t *testing.T) {
	var tr audit.Trail
	_, err := tr.Append(sample(5))
	require.NoError(t, err)
	head := tr.Head()

	earlier := sample(6)
	earlier.At = sample(5).At.Add(-time.Nanosecond)
	_, err = tr.Append(earlier)
	assert.ErrorIs(t, err, audit.ErrTimeOrder)

	dup := sample(6)
	dup.ID = sample(5).ID
	_, err = tr.Append(dup)
	var ve *validate.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("id", "unique"))

	_, err = tr.Append(audit.Event{})
	assert.ErrorIs(t, err, validate.ErrInvalid)

	assert.Equal(t, 1, tr.Len(), "a rejected event leaves the trail unchanged")
	assert.Equal(t, head, tr.Head())

	same := sample(6)
	same.At = sample(5).At
	_, err = tr.Append(same)
	assert.NoError(t, err, "an equal time is in order")
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(e *audit.Event)
		path  string
		rule  string
		valid bool
	}{
		{name: "sample", edit: func(*audit.Event) {}, valid: true},
		{name: "whole-subject path", edit: func(e *audit.Event) { e.Paths = []string{""} }, valid: true},
		{name: "escaped pointer", edit: func(e *audit.Event) { e.Paths = []string{"/a~1b/c~0d"} }, valid: true},
		{name: "no id", edit: func(e *audit.Event) { e.ID = uuid.Nil }, path: "id", rule: "required"},
		{name: "no time", edit: func(e *audit.Event) { e.At = time.Time{} }, path: "at", rule: "required"},
		{name: "year 10000", edit: func(e *audit.Event) { e.At = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, path: "at", rule: "range"},
		{name: "no actor", edit: func(e *audit.Event) { e.Actor.ID = "" }, path: "actor.id", rule: "required"},
		{name: "actor with a space", edit: func(e *audit.Event) { e.Actor.ID = "Jordan Smith" }, path: "actor.id", rule: "code"},
		{name: "actor e-mail", edit: func(e *audit.Event) { e.Actor.ID = "a@example.org" }, path: "actor.id", rule: "code"},
		{name: "bad role", edit: func(e *audit.Event) { e.Actor.Role = "doctor" }, path: "actor.role", rule: "valid"},
		{name: "bad action", edit: func(e *audit.Event) { e.Action = "edit" }, path: "action", rule: "valid"},
		{name: "no subject", edit: func(e *audit.Event) { e.Subject = uuid.Nil }, path: "subject", rule: "required"},
		{name: "version 0", edit: func(e *audit.Event) { e.Version = 0 }, path: "version", rule: "min"},
		{name: "pointer without slash", edit: func(e *audit.Event) { e.Paths = []string{"goals"} }, path: "paths[0]", rule: "json-pointer"},
		{name: "bad tilde", edit: func(e *audit.Event) { e.Paths = []string{"/a", "/a~2"} }, path: "paths[1]", rule: "json-pointer"},
		{name: "trailing tilde", edit: func(e *audit.Event) { e.Paths = []string{"/a~"} }, path: "paths[0]", rule: "json-pointer"},
		{name: "bad utf8", edit: func(e *audit.Event) { e.Paths = []string{"/a\xff"} }, path: "paths[0]", rule: "utf8"},
		{name: "long path", edit: func(e *audit.Event) { e.Paths = []string{"/" + string(make([]byte, audit.MaxPathBytes))} }, path: "paths[0]", rule: "max"},
		{name: "duplicate paths", edit: func(e *audit.Event) { e.Paths = []string{"/a", "/a"} }, path: "paths", rule: "unique"},
		{name: "long actor", edit: func(e *audit.Event) { e.Actor.ID = strings.Repeat("a", audit.MaxCodeBytes+1) }, path: "actor.id", rule: "max"},
		{name: "reason prose", edit: func(e *audit.Event) { e.Reason = "she asked me to" }, path: "reason", rule: "code"},
		{name: "no outcome", edit: func(e *audit.Event) { e.Outcome = "" }, path: "outcome", rule: "valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sample(1)
			tt.edit(&e)
			err := e.Validate()
			if tt.valid {
				assert.NoError(t, err)
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, validate.ErrInvalid)
			assert.True(t, ve.Has(tt.path, tt.rule), "want %s %s, got %v", tt.path, tt.rule, ve)
			assert.Len(t, ve.Problems, 1, "one problem, reported once: %v", ve)
			assert.NotContains(t, err.Error(), "Jordan")
		})
	}
}

func TestEnums(t *testing.T) {
	fhirAction := map[audit.Action]string{
		audit.ActionCreate: "C", audit.ActionUpdate: "U", audit.ActionDelete: "D", audit.ActionView: "R",
		audit.ActionExport: "R", audit.ActionShare: "R", audit.ActionSign: "E", "edit": "",
	}
	for a, code := range fhirAction {
		assert.Equal(t, code, a.FHIR(), a)
		assert.Equal(t, code != "", a.IsValid(), a)
	}
	fhirOutcome := map[audit.Outcome]string{
		audit.OutcomeSuccess: "0", audit.OutcomeMinorFailure: "4", audit.OutcomeSeriousFailure: "8", audit.OutcomeMajorFailure: "12", "ok": "",
	}
	for o, code := range fhirOutcome {
		assert.Equal(t, code, o.FHIR(), o)
		assert.Equal(t, code != "", o.IsValid(), o)
	}
	for i, r := range audit.Roles() {
		assert.True(t, r.IsValid())
		assert.Equal(t, i, r.Index())
	}
	assert.False(t, audit.Role("").IsValid())
	assert.Equal(t, -1, audit.Role("nurse").Index())
}

func TestCanonicalLayout(t *testing.T) {
	e := audit.Event{
		Seq:     1,
		ID:      uuid.MustParse("70000000-0000-4000-8000-000000000001"),
		At:      time.Unix(2, 3).UTC(),
		Actor:   audit.Actor{ID: "P", Role: audit.RolePerson},
		Action:  audit.ActionCreate,
		Subject: uuid.MustParse("60000000-0000-4000-8000-000000000001"),
		Version: 1,
		Paths:   []string{"/a"},
		Outcome: audit.OutcomeSuccess,
	}
	got := fmt.Sprintf("%x", e.AppendCanonical(nil))
	want := "01" + // version
		"0000000000000001" + // seq
		"70000000000040008000000000000001" + // id
		"0000000000000002" + "00000003" + // at: seconds, nanoseconds
		"01" + "50" + // actor.id "P"
		"06" + fmt.Sprintf("%x", "person") +
		"06" + fmt.Sprintf("%x", "create") +
		"60000000000040008000000000000001" + // subject
		"0000000000000001" + // version
		"01" + "02" + fmt.Sprintf("%x", "/a") + // paths
		"00" + // reason
		"07" + fmt.Sprintf("%x", "success")
	assert.Equal(t, want, got)

	// A string of 128 bytes or more has a two-byte length: 200 is c8 01.
	long := e
	long.Paths = []string{"/" + strings.Repeat("a", 199)}
	got = fmt.Sprintf("%x", long.AppendCanonical(nil))
	assert.Contains(t, got, "01"+"c801"+fmt.Sprintf("%x", long.Paths[0])+"00", "paths")

	zone := e
	zone.At = e.At.In(time.FixedZone("x", -5*3600))
	assert.Equal(t, e.AppendCanonical(nil), zone.AppendCanonical(nil), "location does not matter")
}

func TestVerifyAndRestore(t *testing.T) {
	tr := buildTrail(t, 20)
	require.NoError(t, tr.Verify())
	events := tr.Events()

	restored, err := audit.Restore(events)
	require.NoError(t, err)
	assert.Equal(t, tr.Head(), restored.Head())
	assert.NoError(t, restored.CheckAnchor(tr.Anchor()))

	tests := []struct {
		name   string
		edit   func(ev []audit.Event) []audit.Event
		seq    uint64
		break_ audit.Break
	}{
		{"changed reason", func(ev []audit.Event) []audit.Event { ev[4].Reason = "TREAT"; return ev }, 5, audit.BreakHashMismatch},
		{"changed path", func(ev []audit.Event) []audit.Event { ev[3].Paths[0] = "/x"; return ev }, 4, audit.BreakHashMismatch},
		{"removed", func(ev []audit.Event) []audit.Event { return append(ev[:7], ev[8:]...) }, 8, audit.BreakSeqGap},
		{"swapped", func(ev []audit.Event) []audit.Event { ev[2], ev[3] = ev[3], ev[2]; return ev }, 3, audit.BreakSeqGap},
		{"renumbered after removal", func(ev []audit.Event) []audit.Event {
			ev = append(ev[:7], ev[8:]...)
			for i := range ev {
				ev[i].Seq = uint64(i + 1)
			}
			return ev
		}, 8, audit.BreakBrokenLink},
		{"earlier time", func(ev []audit.Event) []audit.Event { ev[9].At = ev[8].At.Add(-1); return ev }, 10, audit.BreakTimeOrder},
		{"invalid", func(ev []audit.Event) []audit.Event { ev[0].Outcome = "fine"; return ev }, 1, audit.BreakInvalidEvent},
		{"duplicate id, chain forged", func(ev []audit.Event) []audit.Event { ev[5].ID = ev[1].ID; return rechain(ev) }, 6, audit.BreakDuplicateID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.Restore(tt.edit(tr.Events()))
			var te *audit.TamperError
			require.ErrorAs(t, err, &te)
			assert.ErrorIs(t, err, audit.ErrTampered)
			assert.Equal(t, tt.seq, te.Seq)
			assert.Equal(t, tt.break_, te.Break)
			assert.Zero(t, te.Line)
		})
	}
	assert.Equal(t, events, tr.Events(), "editing a copy leaves the trail alone")
}

// rechain recomputes Seq, Prev and Hash of every event, as a forger who
// knows the format would.
func rechain(ev []audit.Event) []audit.Event {
	var prev audit.Hash
	for i := range ev {
		ev[i].Seq = uint64(i + 1)
		ev[i].Prev = prev
		ev[i].Hash = sha256.Sum256(append(prev[:], ev[i].AppendCanonical(nil)...))
		prev = ev[i].Hash
	}
	return ev
}

func TestCheckAnchor(t *testing.T) {
	tr := buildTrail(t, 10)
	a := tr.Anchor()
	short, err := audit.Restore(tr.Events()[:8])
	require.NoError(t, err, "a trail cut at the end still verifies on its own")

	var te *audit.TamperError
	require.ErrorAs(t, short.CheckAnchor(a), &te)
	assert.Equal(t, audit.BreakTruncated, te.Break)
	assert.Equal(t, uint64(9), te.Seq)

	forgedChain, err := audit.Restore(rechain(append(tr.Events()[:4], tr.Events()[5:]...)))
	require.NoError(t, err, "a rewritten chain verifies on its own")
	require.ErrorAs(t, forgedChain.CheckAnchor(a), &te)
	assert.Equal(t, audit.BreakTruncated, te.Break)

	other := buildTrail(t, 12)
	assert.NoError(t, other.CheckAnchor(a), "a longer trail holds the anchor")
	forged := a
	forged.Head[0] ^= 1
	require.ErrorAs(t, other.CheckAnchor(forged), &te)
	assert.Equal(t, audit.BreakAnchorMismatch, te.Break)
	assert.Equal(t, uint64(10), te.Seq)
	assert.NoError(t, new(audit.Trail).CheckAnchor(audit.Anchor{}))
}

func TestEventsDoNotAlias(t *testing.T) {
	var tr audit.Trail
	in := sample(1)
	paths := in.Paths
	out, err := tr.Append(in)
	require.NoError(t, err)
	paths[0] = "/changed"
	out.Paths[1] = "/changed"
	tr.Events()[0].Paths[0] = "/changed"
	assert.NoError(t, tr.Verify())
	assert.Equal(t, sample(1).Paths, tr.Events()[0].Paths)
}

func TestConcurrentAppend(t *testing.T) {
	const goroutines, each = 16, 200
	var tr audit.Trail
	var wg sync.WaitGroup
	errs := make(chan error, 3*goroutines*each)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				e := sample(1)
				e.ID = eventID(g*each + i + 1)
				e.At = refTime // equal times are in order whatever the interleaving
				if _, err := tr.Append(e); err != nil {
					errs <- err
				}
				if i%50 == 0 { // readers alongside the appenders
					_ = tr.Head()
					_ = tr.Events()
					if err := tr.Verify(); err != nil {
						errs <- err
					}
					if err := tr.WriteJSONL(io.Discard); err != nil {
						errs <- err
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	events := tr.Events()
	require.Len(t, events, goroutines*each)
	ids := make(map[uuid.UUID]bool)
	for i, e := range events {
		assert.Equal(t, uint64(i+1), e.Seq, "no lost or duplicated Seq")
		ids[e.ID] = true
	}
	assert.Len(t, ids, goroutines*each)
	assert.NoError(t, tr.Verify())
}

func TestTamperErrorMessage(t *testing.T) {
	err := error(&audit.TamperError{Seq: 7, Line: 7, Break: audit.BreakHashMismatch})
	assert.Equal(t, "audit: trail does not verify: line 7: seq 7: hash-mismatch", err.Error())
	assert.True(t, errors.Is(err, audit.ErrTampered))
	err = &audit.TamperError{Seq: 3, Break: audit.BreakSeqGap}
	assert.Equal(t, "audit: trail does not verify: seq 3: seq-gap", err.Error())
}

func TestEventStringAndLog(t *testing.T) {
	var tr audit.Trail
	e, err := tr.Append(sample(1))
	require.NoError(t, err)
	assert.Equal(t, "#1 70000000-0000-4000-8000-000000000001 update 60000000-0000-4000-8000-000000000001 v1 by provider: success", e.String())

	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("audit", "event", e)
	out := buf.String()
	assert.Contains(t, out, "event.action=update")
	assert.Contains(t, out, "event.paths=2")
	assert.Contains(t, out, "event.hash="+e.Hash.String())
	assert.NotContains(t, out, "actor-1", "the actor's ID is left out")
	assert.NotContains(t, out, "/goals", "the paths are left out")
	assert.Contains(t, out, "event.reason=person-request", "a coded reason is kept")

	// An event that failed validation because its reason is prose: the
	// host may still log it, and the prose stays out of the log.
	buf.Reset()
	prose := sample(1)
	prose.Reason = "Sam asked me to stop the meds"
	prose.Action = "changed Sam's number"
	prose.Actor.Role = "Sam"
	prose.Outcome = "Sam"
	require.Error(t, prose.Validate())
	slog.New(slog.NewTextHandler(&buf, nil)).Info("rejected", "event", prose)
	for _, s := range []string{buf.String(), prose.String()} {
		assert.NotContains(t, s, "Sam")
		assert.NotContains(t, s, "meds")
	}
	assert.Contains(t, buf.String(), `event.reason="[not a code]"`)
	assert.Contains(t, buf.String(), `event.action=[invalid]`)
}

func TestHashText(t *testing.T) {
	h := audit.Hash(sha256.Sum256([]byte("x")))
	text, err := h.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, h.String(), string(text))
	var back audit.Hash
	require.NoError(t, back.UnmarshalText(text))
	assert.Equal(t, h, back)
	for _, bad := range []string{"", "00", strings.ToUpper(h.String()), h.String()[:63] + "g", h.String() + "0"} {
		assert.ErrorIs(t, back.UnmarshalText([]byte(bad)), audit.ErrHashSyntax, bad)
	}
	assert.True(t, audit.Hash{}.IsZero())
	assert.False(t, h.IsZero())
}

// TestVerifyLongTrail breaks events of a trail long enough for Verify to
// split the work, and checks that the first break is the one reported.
func TestVerifyLongTrail(t *testing.T) {
	var tr audit.Trail
	for i := range 20_000 {
		e := sample(i % 40)
		e.ID = eventID(i)
		e.At = refTime.Add(time.Duration(i) * time.Second)
		_, err := tr.Append(e)
		require.NoError(t, err)
	}
	require.NoError(t, tr.Verify())
	events := tr.Events()
	i, b := audit.VerifyEvents(events)
	assert.Equal(t, -1, i)
	assert.Empty(t, b)

	events[19_000].Version++
	events[15_000].Reason = "x"
	events[12_345].At = events[12_344].At.Add(-time.Second)
	i, b = audit.VerifyEvents(events)
	assert.Equal(t, 12_345, i)
	assert.Equal(t, audit.BreakTimeOrder, b)

	events[12_345] = tr.Events()[12_345]
	i, b = audit.VerifyEvents(events)
	assert.Equal(t, 15_000, i)
	assert.Equal(t, audit.BreakHashMismatch, b)

	events[15_000] = tr.Events()[15_000]
	events[10_000].Prev = events[10_001].Prev
	i, b = audit.VerifyEvents(events)
	assert.Equal(t, 10_000, i, "a break at a split point is found")
	assert.Equal(t, audit.BreakBrokenLink, b)
}

// TestAppendNowManyWriters: 16 goroutines record 1,000 events each as they
// happen, with the real clock; none is lost, and the trail is in time order
// and verifies.
func TestAppendNowManyWriters(t *testing.T) {
	const writers, each = 16, 1000
	var tr audit.Trail
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				e := sample(1)
				e.ID = eventID(w*each + i + 1)
				e.At = time.Time{} // ignored
				if _, err := tr.AppendNow(e, time.Now); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	events := tr.Events()
	require.Len(t, events, writers*each, "no event lost")
	for i := 1; i < len(events); i++ {
		require.False(t, events[i].At.Before(events[i-1].At), "event %d is in time order", i)
	}
	assert.NoError(t, tr.Verify())
}

func TestAppendNowClock(t *testing.T) {
	base := time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("UTC+2", 7200))
	tests := []struct {
		name     string
		readings []time.Time
		want     []time.Time // the At stored, or nil for an error
	}{
		{
			name:     "the clock as read, in UTC",
			readings: []time.Time{base, base.Add(time.Second)},
			want:     []time.Time{base.UTC(), base.Add(time.Second).UTC()},
		},
		{
			name:     "a clock stepped back keeps the last time",
			readings: []time.Time{base, base.Add(-time.Hour), base.Add(time.Minute)},
			want:     []time.Time{base.UTC(), base.UTC(), base.Add(time.Minute).UTC()},
		},
		{
			name:     "a clock outside the years 1 to 9999",
			readings: []time.Time{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)},
			want:     []time.Time{{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tr audit.Trail
			for i, r := range tt.readings {
				e := sample(1)
				e.ID = eventID(i + 1)
				got, err := tr.AppendNow(e, func() time.Time { return r })
				if tt.want[i].IsZero() {
					var ve *validate.Error
					require.ErrorAs(t, err, &ve)
					assert.True(t, ve.Has("at", "range"))
					assert.Equal(t, 0, tr.Len(), "the trail is unchanged")
					continue
				}
				require.NoError(t, err)
				assert.Equal(t, tt.want[i], got.At)
				assert.Equal(t, time.UTC, got.At.Location())
			}
			assert.NoError(t, tr.Verify())
		})
	}
	// nil is the real clock; an invalid event is refused before the clock
	// is read.
	var tr audit.Trail
	before := time.Now()
	got, err := tr.AppendNow(sample(1), nil)
	require.NoError(t, err)
	assert.False(t, got.At.Before(before.UTC().Truncate(time.Second)))
	bad := sample(2)
	bad.Actor.ID = ""
	_, err = tr.AppendNow(bad, func() time.Time { t.Fatal("the clock is read for an invalid event"); return time.Time{} })
	assert.Error(t, err)
}
