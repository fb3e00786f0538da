package quality

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
)

// TestEveryCriterionScored checks that scorer.score has a case for every row
// of the rubric.
func TestEveryCriterionScored(t *testing.T) {
	s := scorer{p: recovery.Plan{}}
	for i, c := range rubric {
		r := s.score(i)
		require.GreaterOrEqual(t, r.score, 0.0, "criterion %s has no case in scorer.score", c.code)
		require.LessOrEqual(t, r.score, 1.0, c.code)
	}
}
