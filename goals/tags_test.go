package goals

import (
	"testing"

	"github.com/recoverykit/recovery/internal/gentest"
)

// TestTagsHold holds the generated tagsHold of each type in tags.go to
// validator/v10 (see gentest.CheckTags).
func TestTagsHold(t *testing.T) {
	var goals []SMARTGoal
	var steps []Step
	var gas []GAS
	for _, p := range gentest.SamplePlans[struct {
		Goals []SMARTGoal `json:"goals"`
	}](t) {
		for _, g := range p.Goals {
			goals = append(goals, g)
			steps = append(steps, g.Steps...)
			if g.Attainment != nil {
				gas = append(gas, *g.Attainment)
			}
		}
	}
	gentest.CheckTags(t, goals, (*SMARTGoal).tagsHold)
	gentest.CheckTags(t, steps, (*Step).tagsHold)
	gentest.CheckTags(t, gas, (*GAS).tagsHold)
}
