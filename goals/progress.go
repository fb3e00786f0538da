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
	// Next is the ID of the person's next step: the first open step in the
	// person's order, whatever the dates say. It is uuid.Nil when every step
	// is done.
	Next uuid.UUID `json:"next,omitzero"`
	// Soonest is the ID of the open step with the earliest due date, the
	// first in the person's order among steps due the same instant. It is
	// uuid.Nil when no open step has a date. It may differ from Next: the
	// dates are a reminder, the order is the person's.
	Soonest uuid.UUID `json:"soonest,omitzero"`
	// SoonestDue is when the Soonest step is due; the zero time when there is
	// none.
	SoonestDue time.Time `json:"soonestDue,omitzero"`
}

// Fraction returns Done/Total, or 0 for a goal with no steps.
func (p Progress) Fraction() float64 {
	if p.Total == 0 {
		return 0
	}
	return float64(p.Done) / float64(p.Total)
}

// Progress returns how many of g's steps are done, the person's next step
// (the first open one in their order) and, separately, the open step due
// soonest.
func (g SMARTGoal) Progress() Progress {
	p := Progress{Total: len(g.Steps)}
	for _, s := range g.Steps {
		if s.IsDone() {
			p.Done++
			continue
		}
		if p.Next == uuid.Nil {
			p.Next = s.ID
		}
		if !s.Due.IsZero() && (p.SoonestDue.IsZero() || s.Due.Before(p.SoonestDue)) {
			p.Soonest, p.SoonestDue = s.ID, s.Due
		}
	}
	return p
}
