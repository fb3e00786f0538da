package quality_test

import (
	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// at is the scenario's reference time (a Monday).
var at = recoverytest.ScenarioAt

// id returns the scenario's fixed UUID of a kind and number.
var id = recoverytest.ScenarioID

func intp(n int) *int { return &n }

// richPlan is the peer-support scenario as a whole plan: every criterion of
// the rubric met.
func richPlan() recovery.Plan { return recoverytest.Scenario() }

// sparsePlan is the scenario's sparse first draft: one vague goal, nothing
// else.
func sparsePlan() recovery.Plan { return recoverytest.SparseScenario() }
