package recovery

import (
	"time"

	"github.com/recoverykit/recovery/goals"
)

// smartMissing returns the codes of the SMART criteria that [goals.Check]
// finds g does not meet yet at time at, in the order Check gives them.
func smartMissing(g goals.SMARTGoal, at time.Time) []string {
	var out []string
	for _, v := range goals.Check(g, at).Verdicts {
		if !v.Met {
			out = append(out, string(v.Criterion))
		}
	}
	return out
}
