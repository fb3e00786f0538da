package goals

import (
	"time"

	"github.com/google/uuid"
)

// Progress is how far a goal has come by its steps. The zero value is a goal
// with no steps. Progress holds no pointers and is safe for concurrent use.
type Progress struct {
	// Done is how many steps are done.
	Done int `json:"done"`
	// Total is how many steps the goal has.
	Total int `json:"total"`
	// Next is the ID of the next step to do: the open step with the earliest
	// due date, or, if no open step has a date, the first open step in the
	// person's order. It is uuid.Nil when every step is done.
	Next uuid.UUID `json:"next,omitzero"`
	// NextDue is when the Next step is due; the zero time if it has no date.
	NextDue time.Time `json:"nextDue,omitzero"`
}

// Fraction returns Done/Total, or 0 for a goal with no steps.
func (p Progress) Fraction() float64 {
	if p.Total == 0 {
		return 0
	}
	return float64(p.Done) / float64(p.Total)
}

// Progress returns how many of g's steps are done and which step is next.
// Among open steps with the same earliest due date, the first in the
// person's order is next.
func (g SMARTGoal) Progress() Progress {
	p := Progress{Total: len(g.Steps)}
	found := false
	for _, s := range g.Steps {
		if s.IsDone() {
			p.Done++
			continue
		}
		switch {
		case !found:
			found = true
			p.Next, p.NextDue = s.ID, s.Due
		case !s.Due.IsZero() && (p.NextDue.IsZero() || s.Due.Before(p.NextDue)):
			p.Next, p.NextDue = s.ID, s.Due
		}
	}
	return p
}
