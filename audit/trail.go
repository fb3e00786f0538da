package audit

import (
	"errors"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/validate"
)

// ErrTampered is wrapped by every [*TamperError]: test for it with
// errors.Is(err, audit.ErrTampered).
var ErrTampered = errors.New("audit: trail does not verify")

// Break names what is wrong with the first broken event of a trail.
//
// The zero value is not a valid Break. Break is a string and is safe for
// concurrent use.
type Break string

// The kinds of break that [Trail.Verify], [Restore], [ReadJSONL] and
// [Trail.CheckAnchor] report.
const (
	// BreakHashMismatch: the event's Hash is not SHA-256(Prev ‖ canonical
	// encoding): a field of the event was changed.
	BreakHashMismatch Break = "hash-mismatch"
	// BreakBrokenLink: the event's Prev is not the Hash of the event before it: an
	// event was removed, inserted or moved.
	BreakBrokenLink Break = "broken-link"
	// BreakSeqGap: the event's Seq is not one more than the previous event's (the
	// first event's Seq is 1).
	BreakSeqGap Break = "seq-gap"
	// BreakTimeOrder: the event's At is earlier than the previous event's.
	BreakTimeOrder Break = "time-order"
	// BreakDuplicateID: the event's ID was used by an earlier event.
	BreakDuplicateID Break = "duplicate-id"
	// BreakInvalidEvent: the event does not pass [Event.Validate].
	BreakInvalidEvent Break = "invalid-event"
	// BreakMalformed: a line is not one JSON event object with exactly the
	// event's fields.
	BreakMalformed Break = "malformed"
	// BreakNonCanonical: a line decodes to an event but is not byte for byte
	// the line [Trail.WriteJSONL] writes for it (spacing, field order,
	// escapes, time offset, a trailing carriage return).
	BreakNonCanonical Break = "non-canonical"
	// BreakLineTooLong: a line is longer than [MaxLineBytes].
	BreakLineTooLong Break = "line-too-long"
	// BreakTruncated: the input ends in the middle of a line (no final newline),
	// or the trail is shorter than an [Anchor] says it was.
	BreakTruncated Break = "truncated"
	// BreakAnchorMismatch: the event at an [Anchor]'s Seq does not have the
	// anchored hash.
	BreakAnchorMismatch Break = "anchor-mismatch"
)

// IsValid reports whether b is one of the defined breaks.
func (b Break) IsValid() bool {
	switch b {
	case BreakHashMismatch, BreakBrokenLink, BreakSeqGap, BreakTimeOrder, BreakDuplicateID, BreakInvalidEvent,
		BreakMalformed, BreakNonCanonical, BreakLineTooLong, BreakTruncated, BreakAnchorMismatch:
		return true
	}
	return false
}

// TamperError reports the first broken event of a trail. It wraps
// [ErrTampered]. Its message names the line, sequence number and kind of
// break only, never the content of a line.
//
// The zero value reports nothing useful; a TamperError is not modified after
// it is returned, so it is safe to share between goroutines.
type TamperError struct {
	// Seq is the 1-based position in the trail of the broken event: the Seq
	// it should carry.
	Seq uint64
	// Line is the 1-based line of the JSON Lines input holding the broken
	// event, or 0 when the event was not read by [ReadJSONL]. In a file
	// written by [Trail.WriteJSONL], line n holds the event with Seq n.
	Line int
	// Break is what is wrong.
	Break Break
}

// Error returns "audit: trail does not verify: line L: seq S: break", leaving
// out the line when it is 0.
func (e *TamperError) Error() string {
	var b strings.Builder
	b.WriteString(ErrTampered.Error())
	if e.Line > 0 {
		b.WriteString(": line ")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": seq ")
	b.WriteString(strconv.FormatUint(e.Seq, 10))
	b.WriteString(": ")
	b.WriteString(string(e.Break))
	return b.String()
}

// Unwrap returns [ErrTampered].
func (e *TamperError) Unwrap() error { return ErrTampered }

// ErrTimeOrder is returned by [Trail.Append] for an event whose At is earlier
// than the last event's. [Trail.AppendNow] never returns it.
var ErrTimeOrder = errors.New("audit: event is earlier than the last event of the trail")

// Trail is an append-only, hash-chained audit trail.
//
// The zero value is an empty trail ready to use. A Trail is safe for
// concurrent use by multiple goroutines; it must not be copied after first
// use. Events are never removed or changed once appended.
type Trail struct {
	mu     sync.Mutex
	events []Event
	ids    map[uuid.UUID]struct{}
	buf    []byte // scratch for the canonical encoding, guarded by mu
	lines  int    // events read by ReadJSONL: event i came from line i+1
}

// Append adds e to the end of the trail and returns the event as stored: At
// in UTC, Seq one more than the last event's (1 for the first), Prev the
// last event's Hash (zero for the first) and Hash computed. Any Seq, Prev or
// Hash that e carries is ignored.
//
// Append returns a *recovery.ValidationError if e does not
// pass [Event.Validate] or its ID is already in the trail (rule "unique" at
// "id"), and an error wrapping [ErrTimeOrder] if e.At is earlier than the
// last event's At (an equal At is accepted). The trail is unchanged on
// error. Append does not keep a reference to e.Paths.
//
// Append keeps the time the caller gives, so it is for events whose time
// was fixed before they reach the trail (an import, a replay). Goroutines
// that each read the clock and then Append race: one that read the clock
// first may reach the trail second and be refused. To record events as
// they happen, from any number of goroutines, use [Trail.AppendNow].
func (t *Trail) Append(e Event) (Event, error) {
	e, err := prepare(e)
	if err != nil {
		return Event{}, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.inOrderLocked(e); err != nil {
		return Event{}, err
	}
	return t.appendLocked(e)
}

// prepare returns e validated, with At in UTC and its own copy of Paths, as
// every way of appending takes it before the lock.
func prepare(e Event) (Event, error) {
	if err := e.Validate(); err != nil {
		return Event{}, err
	}
	e.At = e.At.UTC()
	e.Paths = clonePaths(e.Paths)
	return e, nil
}

// inOrderLocked returns [ErrTimeOrder] if e is earlier than the trail's last
// event; t.mu is held.
func (t *Trail) inOrderLocked(e Event) error {
	if n := len(t.events); n > 0 && e.At.Before(t.events[n-1].At) {
		return ErrTimeOrder
	}
	return nil
}

// AppendNow is [Trail.Append] with e.At set to now() read while the trail's
// lock is held, so events appended from many goroutines at once are in time
// order by construction and none is refused for its time. If the clock
// reads earlier than the last event's At (a wall clock stepped back), the
// event takes the last event's At instead, so the trail stays in order and
// the event is still recorded. Any At that e carries is ignored; now is the
// clock (time.Now in production), and nil means time.Now.
//
// AppendNow returns the errors of Append except [ErrTimeOrder]; a clock
// outside the years 1 to 9999 gives the *recovery.ValidationError with rule
// "range" at "at".
func (t *Trail) AppendNow(e Event, now func() time.Time) (Event, error) {
	if now == nil {
		now = time.Now
	}
	// Validate with a time inside the range; the real one is read under the
	// lock and checked again there.
	e.At = time.Unix(0, 0)
	if err := e.Validate(); err != nil {
		return Event{}, err
	}
	e.Paths = clonePaths(e.Paths)

	t.mu.Lock()
	defer t.mu.Unlock()
	e.At = now().UTC()
	if n := len(t.events); n > 0 && e.At.Before(t.events[n-1].At) {
		e.At = t.events[n-1].At
	}
	if y := e.At.Year(); e.At.IsZero() || y < validate.MinYear || y > validate.MaxYear {
		var c validate.Collector
		c.Add("at", validate.RuleRange)
		return Event{}, c.Err()
	}
	return t.appendLocked(e)
}

// appendLocked appends e, validated and with At in UTC and not before the
// last event's, to the trail; t.mu is held.
func (t *Trail) appendLocked(e Event) (Event, error) {
	e, err := t.chainLocked(e)
	if err != nil {
		return Event{}, err
	}
	return t.storeLocked(e), nil
}

// chainLocked returns e linked after the trail's last event (Seq, Prev and
// Hash set), or the "unique" problem if its ID is in the trail already; the
// trail is unchanged. t.mu is held.
func (t *Trail) chainLocked(e Event) (Event, error) {
	if _, dup := t.ids[e.ID]; dup {
		var c validate.Collector
		c.Add("id", validate.RuleUnique)
		return Event{}, c.Err()
	}
	e.Seq = 1
	e.Prev = Hash{}
	if n := len(t.events); n > 0 {
		last := &t.events[n-1]
		e.Seq = last.Seq + 1
		e.Prev = last.Hash
	}
	e.Hash, t.buf = e.sum(t.buf)
	return e, nil
}

// storeLocked adds the chained event e to the trail and returns a copy that
// shares no Paths with it; t.mu is held.
func (t *Trail) storeLocked(e Event) Event {
	if t.ids == nil {
		t.ids = make(map[uuid.UUID]struct{})
	}
	t.ids[e.ID] = struct{}{}
	t.events = append(t.events, e)
	out := e
	out.Paths = clonePaths(e.Paths)
	return out
}

// Events returns a copy of the trail's events in order. The returned slice
// and the Paths in it do not alias the trail.
func (t *Trail) Events() []Event {
	t.mu.Lock()
	defer t.mu.Unlock()
	return cloneEvents(t.events)
}

// Len returns the number of events in the trail.
func (t *Trail) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.events)
}

// Head returns the Hash of the last event, or the zero Hash for an empty
// trail. The host can sign it or store it elsewhere (see [Anchor]): because
// each hash covers every event before it, the head commits to the whole
// trail.
func (t *Trail) Head() Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := len(t.events); n > 0 {
		return t.events[n-1].Hash
	}
	return Hash{}
}

// Anchor is a trail's length and head at one moment, for the host to sign or
// keep outside the trail's storage. A trail only verifies against itself, so
// an attacker who removes the last events, or rewrites the whole file with
// new hashes, leaves a trail that verifies; checking an anchor kept elsewhere
// with [Trail.CheckAnchor] detects both.
//
// The zero value is the anchor of an empty trail. Anchor is a plain value and
// is safe for concurrent use.
type Anchor struct {
	// Seq is the number of events in the trail when the anchor was taken.
	Seq uint64 `json:"seq"`
	// Head is the Hash of event Seq (zero when Seq is 0).
	Head Hash `json:"head"`
}

// Anchor returns the trail's current length and head.
func (t *Trail) Anchor() Anchor {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := len(t.events); n > 0 {
		return Anchor{Seq: t.events[n-1].Seq, Head: t.events[n-1].Hash}
	}
	return Anchor{}
}

// CheckAnchor reports whether the trail still holds the anchored state: nil if
// event a.Seq exists and has hash a.Head, or a [*TamperError] with break
// [BreakTruncated] (the trail has fewer than a.Seq events) or [BreakAnchorMismatch]
// (event a.Seq has another hash). Events appended after the anchor was taken
// are fine. CheckAnchor does not verify the chain; [Trail.Verify] does.
func (t *Trail) CheckAnchor(a Anchor) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if a.Seq == 0 {
		if a.Head.IsZero() {
			return nil
		}
		return &TamperError{Seq: 0, Break: BreakAnchorMismatch}
	}
	if uint64(len(t.events)) < a.Seq {
		return &TamperError{Seq: uint64(len(t.events)) + 1, Break: BreakTruncated}
	}
	if t.events[a.Seq-1].Hash != a.Head {
		return &TamperError{Seq: a.Seq, Break: BreakAnchorMismatch}
	}
	return nil
}

// Verify recomputes the hash chain and returns nil, or a [*TamperError]
// naming the first event whose Seq, time order, link to the previous event or
// hash is wrong (checked in that order), with its line if the event was read
// by [ReadJSONL]. A trail built only with
// [Trail.Append] always verifies; Verify guards against a bug or a memory
// fault, and [Restore] and [ReadJSONL] run the same checks on their input.
//
// Each event is checked against the stored fields of the one before it, so
// the work is split between up to GOMAXPROCS goroutines for long trails; the
// result is the same as checking in order.
func (t *Trail) Verify() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if i, b := verifyEvents(t.events); b != "" {
		te := &TamperError{Seq: uint64(i) + 1, Break: b}
		if i < t.lines {
			te.Line = i + 1
		}
		return te
	}
	return nil
}

// parallelVerifyMin is the trail length from which Verify uses more than one
// goroutine.
const parallelVerifyMin = 8192

// verifyEvents returns the index and break of the first broken event, or
// -1 and "".
func verifyEvents(events []Event) (int, Break) {
	workers := min(runtime.GOMAXPROCS(0), len(events)/(parallelVerifyMin/2))
	if workers <= 1 {
		return verifyRange(events, 0, len(events))
	}
	type result struct {
		i int
		b Break
	}
	results := make([]result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(events)/workers, (w+1)*len(events)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			i, b := verifyRange(events, lo, hi)
			results[w] = result{i, b}
		}()
	}
	wg.Wait()
	for _, r := range results { // in order: the first broken range wins
		if r.b != "" {
			return r.i, r.b
		}
	}
	return -1, ""
}

// verifyRange checks events[lo:hi], each against the stored fields of the
// event before it.
func verifyRange(events []Event, lo, hi int) (int, Break) {
	var c chainChecker
	if lo > 0 {
		prev := &events[lo-1]
		c.n, c.lastAt, c.last = uint64(lo), prev.At, prev.Hash
	}
	for i := lo; i < hi; i++ {
		if b := c.check(&events[i]); b != "" {
			return i, b
		}
	}
	return -1, ""
}

// Restore returns a trail holding a copy of events, for a host that keeps
// events in its own storage and wants to append more. It returns a
// [*TamperError] naming the first event that is invalid, repeats an ID, or
// breaks the chain. Restore does not keep a reference to events.
func Restore(events []Event) (*Trail, error) {
	t := &Trail{
		events: make([]Event, 0, len(events)),
		ids:    make(map[uuid.UUID]struct{}, len(events)),
	}
	var c chainChecker
	for i, e := range events {
		if b := t.admit(&c, e); b != "" {
			return nil, &TamperError{Seq: uint64(i) + 1, Break: b}
		}
	}
	return t, nil
}

// admit checks e against the trail built so far and appends a copy of it, or
// returns the break. It is used by Restore and ReadJSONL on a trail no other
// goroutine can see yet.
func (t *Trail) admit(c *chainChecker, e Event) Break {
	if e.Validate() != nil {
		return BreakInvalidEvent
	}
	e.At = e.At.UTC()
	e.Paths = clonePaths(e.Paths)
	if b := c.check(&e); b != "" {
		return b
	}
	if _, dup := t.ids[e.ID]; dup {
		return BreakDuplicateID
	}
	t.ids[e.ID] = struct{}{}
	t.events = append(t.events, e)
	return ""
}

// chainChecker checks events one at a time against the one before.
type chainChecker struct {
	n      uint64    // events checked so far
	lastAt time.Time // At of the last event checked
	last   Hash      // Hash of the last event checked
	buf    []byte
}

func (c *chainChecker) check(e *Event) Break {
	if e.Seq != c.n+1 {
		return BreakSeqGap
	}
	if c.n > 0 && e.At.Before(c.lastAt) {
		return BreakTimeOrder
	}
	if e.Prev != c.last {
		return BreakBrokenLink
	}
	var h Hash
	h, c.buf = e.sum(c.buf)
	if h != e.Hash {
		return BreakHashMismatch
	}
	c.n++
	c.lastAt = e.At
	c.last = e.Hash
	return ""
}

func clonePaths(p []string) []string {
	if len(p) == 0 {
		return nil
	}
	return slices.Clone(p)
}

func cloneEvents(events []Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		e.Paths = clonePaths(e.Paths)
		out[i] = e
	}
	return out
}
