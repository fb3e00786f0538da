package recovery

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/gentest"
)

// TestTagsHold holds the generated tagsHold of each type in tags.go to
// validator/v10 (see gentest.CheckTags).
func TestTagsHold(t *testing.T) {
	var plans []Plan
	var supporters []Supporter
	var coCreators []CoCreator
	for _, line := range gentest.SamplePlans(t) {
		var p Plan
		require.NoError(t, json.Unmarshal(line, &p))
		plans = append(plans, p)
		supporters = append(supporters, p.Supports...)
		coCreators = append(coCreators, p.CoCreators...)
	}
	gentest.CheckTags(t, plans, (*Plan).tagsHold)
	gentest.CheckTags(t, supporters, (*Supporter).tagsHold)
	gentest.CheckTags(t, coCreators, (*CoCreator).tagsHold)
}
