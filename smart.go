package recovery

import (
	"time"

	"github.com/recoverykit/recovery/goals"
)

// smartMissing returns the SMART criteria that g does not meet yet at time
// at, as codes in the seed's order. TEMPORARY: replaced by goals.Check once it
// lands.
func smartMissing(g goals.SMARTGoal, at time.Time) []string {
	var out []string
	if blank(g.Statement) {
		out = append(out, "specific")
	}
	if blank(g.Measure) {
		out = append(out, "measurable")
	}
	if len(g.Steps) == 0 {
		out = append(out, "achievable")
	}
	if g.Confidence == nil {
		out = append(out, "realistic")
	}
	if g.Due.IsZero() {
		out = append(out, "time-limited")
	}
	_ = at
	return out
}
