package recovery

import (
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/walk"
)

// Series returns the identity the plan shares with all its versions: SeriesID,
// or the plan's own ID when SeriesID is zero (a first version that names its
// series). Audit events about the plan name the series as their subject, so
// that one trail and one
// [github.com/recoverykit/recovery/audit.Authorship] report cover every version.
func (p Plan) Series() uuid.UUID {
	if p.SeriesID != uuid.Nil {
		return p.SeriesID
	}
	return p.ID
}

// Clone returns a deep copy of p: its slices, pointers and maps are new, so
// changing the copy never changes p, and the copy is safe to hand to another
// goroutine while p is in use.
func (p Plan) Clone() Plan { return walk.Copy(p, walk.Rewriter{}) }

// Amend returns the next version of prev: a deep copy ([Plan.Clone]) with ID
// id, Version one more than prev's, Replaces set to prev.ID, SeriesID set to
// prev's series ([Plan.Series]) and Created set to at. The person agrees to
// every version anew, so AgreedAt is cleared, and so is Reviewed: the new
// version has not been reviewed yet. Everything else (the status, the person's
// words, the parts and their IDs) is carried over for the caller to change.
//
// Amend never changes prev, and the result shares nothing with it. It does not
// validate: an id equal to prev.ID gives a plan that [Plan.Validate] rejects
// (replaces: distinct), as does an at before prev's parts' dates if a rule
// compares them.
//
// prev is never rewritten to say that it was replaced: the rule for its
// status is [Plan.StatusIn].
func Amend(prev Plan, id uuid.UUID, at time.Time) Plan {
	next := prev.Clone()
	next.ID = id
	next.Version = prev.Version + 1
	next.Replaces = prev.ID
	next.SeriesID = prev.Series()
	next.Created = at
	next.AgreedAt = time.Time{}
	next.Reviewed = time.Time{}
	return next
}

// StatusIn returns the status of version p within series, the versions of its
// plan known to the caller: [StatusRevoked] if p has been superseded, and
// p.Status otherwise. The stored version is never rewritten when it is
// replaced; its status is derived instead, by this rule:
//
// p is superseded when series holds a version of the same series
// ([Plan.Series]) whose Replaces is p.ID and whose Status is not
// [StatusDraft]. A draft amendment supersedes nothing: the version in effect
// stays in effect until the amendment is more than a draft. Versions of other
// series in the slice are ignored, and so is p itself.
func (p Plan) StatusIn(series []Plan) Status {
	for i := range series {
		q := &series[i]
		if q.ID != p.ID && q.Replaces == p.ID && q.Series() == p.Series() && q.Status != StatusDraft {
			return StatusRevoked
		}
	}
	return p.Status
}
