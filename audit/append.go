package audit

import (
	"encoding/json"
	"io"
)

// AppendJSONL appends e to the trail as [Trail.Append] does and writes its
// line to w: exactly the bytes [Trail.WriteJSONL] writes for the event (its
// encoding/json encoding and "\n"), in one call to w.Write. A host keeps a
// JSON Lines file of the trail by opening it for appending and calling
// AppendJSONL for each event, without reading the file again or writing it
// whole; [ReadJSONL] reads the file back.
//
// The trail's lock is held while w is written, so lines from concurrent calls
// reach w in Seq order. AppendJSONL returns the errors of Append, with the
// trail unchanged and nothing written, and the error of w, with the trail
// unchanged: the event is added only once its line is written. A failed write
// may have written part of the line; cut the file back to its size before
// the call (or the last "\n") before appending again, or [ReadJSONL] reports
// the last line as [BreakTruncated].
func (t *Trail) AppendJSONL(w io.Writer, e Event) (Event, error) {
	e, err := prepare(e)
	if err != nil {
		return Event{}, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.inOrderLocked(e); err != nil {
		return Event{}, err
	}
	if e, err = t.chainLocked(e); err != nil {
		return Event{}, err
	}
	line, err := json.Marshal(&e)
	if err != nil {
		return Event{}, err // unreachable for a validated event
	}
	if _, err := w.Write(append(line, '\n')); err != nil {
		return Event{}, err
	}
	return t.storeLocked(e), nil
}

// Link returns e as it is stored after last in a trail: validated, At in UTC
// with the monotonic reading removed, Seq one more than last.Seq, Prev
// last.Hash and Hash computed, as [Trail.Append] stores it. Pass the zero
// Event as last for the first event of a trail. Any Seq, Prev or Hash that e
// carries is ignored.
//
// Link is for a host that keeps a trail in its own storage and has only its
// head at hand (the last event, or just its Seq, At and Hash), such as a
// database row: it extends the chain without loading the whole trail. It
// returns the *recovery.ValidationError of [Event.Validate] and an error
// wrapping [ErrTimeOrder] if e.At is earlier than last.At. Unlike Append it
// cannot see the trail, so keeping event IDs unique is the host's job
// ([Restore] and [ReadJSONL] report a repeated ID as [BreakDuplicateID]).
// Link does not keep a reference to e.Paths.
func Link(last, e Event) (Event, error) {
	if err := e.Validate(); err != nil {
		return Event{}, err
	}
	e.At = e.At.UTC()
	e.Paths = clonePaths(e.Paths)
	return link(&last, e, nil)
}

// link sets e's chain fields after last (the zero Event for none); e is
// validated and its At is in UTC.
func link(last *Event, e Event, buf []byte) (Event, error) {
	e.Seq = 1
	e.Prev = Hash{}
	if last.Seq > 0 {
		if e.At.Before(last.At) {
			return Event{}, ErrTimeOrder
		}
		e.Seq = last.Seq + 1
		e.Prev = last.Hash
	}
	e.Hash, _ = e.sum(buf)
	return e, nil
}
