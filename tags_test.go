package recovery

import (
	"testing"

	"github.com/recoverykit/recovery/internal/gentest"
)

// TestTagsHold holds the generated tagsHold of each type in tags.go to
// validator/v10 (see gentest.CheckTags).
func TestTagsHold(t *testing.T) {
	plans := gentest.SamplePlans[Plan](t)
	var supporters []Supporter
	var coCreators []CoCreator
	for _, p := range plans {
		supporters = append(supporters, p.Supports...)
		coCreators = append(coCreators, p.CoCreators...)
	}
	gentest.CheckTags(t, plans, (*Plan).tagsHold)
	gentest.CheckTags(t, supporters, (*Supporter).tagsHold)
	gentest.CheckTags(t, coCreators, (*CoCreator).tagsHold)
}
