package recovery_test

import (
	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// at is the scenario's reference time (a Monday).
var at = recoverytest.ScenarioAt

// id returns the scenario's fixed UUID of a kind and number.
var id = recoverytest.ScenarioID

const eps = 1e-9

// richPlan is the peer-support scenario as a whole plan.
func richPlan() recovery.Plan { return recoverytest.Scenario() }

// sparsePlan is the scenario's sparse first draft.
func sparsePlan() recovery.Plan { return recoverytest.SparseScenario() }
