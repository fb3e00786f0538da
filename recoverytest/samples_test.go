package recoverytest_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

var update = flag.Bool("update", false, "rewrite ../internal/gentest/testdata/plans.jsonl")

// samplePlans is where the sample plans of the generated code's tests live.
const samplePlans = "../internal/gentest/testdata/plans.jsonl"

// TestSamplePlans checks that the sample plans the packages' generated code
// is tested on (gentest.SamplePlans) are the scenario plans and 60
// synthetic plans as this package writes them today: run
// "go test ./recoverytest -run TestSamplePlans -update" after changing the
// generator.
func TestSamplePlans(t *testing.T) {
	plans := []recovery.Plan{recoverytest.Scenario(), recoverytest.SparseScenario(), recoverytest.IdentifyingScenario()}
	plans = append(plans, recoverytest.Plans(11, 60)...)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, p := range plans {
		require.NoError(t, p.Validate())
		require.NoError(t, enc.Encode(p))
	}
	if *update {
		require.NoError(t, os.WriteFile(samplePlans, b.Bytes(), 0o644))
	}
	got, err := os.ReadFile(samplePlans)
	require.NoError(t, err)
	require.True(t, bytes.Equal(got, b.Bytes()), "%s is out of date: run go test ./recoverytest -run TestSamplePlans -update", samplePlans)
}
