package recovery_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// at is the scenario's reference time (a Monday).
var at = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// id returns the scenario's fixed UUID of a kind (the first two hex digits)
// and number.
func id(kind, n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("%02x000000-0000-4000-8000-%012x", kind, n))
}

const (
	kGoal      = 0x10
	kStep      = 0x11
	kStrength  = 0x20
	kCrisis    = 0x30
	kDecision  = 0x40
	kSupporter = 0x50
	kPlan      = 0x60
	kOption    = 0x41
	kOther     = 0x70
)

const eps = 1e-9

// richPlan is the peer-support scenario as a whole plan.
func richPlan() recovery.Plan { return recoverytest.Scenario() }

// sparsePlan is the scenario's sparse first draft.
func sparsePlan() recovery.Plan { return recoverytest.SparseScenario() }
