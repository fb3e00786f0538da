package recovery_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/recoverytest"
)

func ExampleAmend() {
	v1 := recoverytest.Scenario()
	at := v1.Created.Add(30 * 24 * time.Hour)

	// The person reached their first goal; the team writes it down in a new
	// version, which the person agrees to again.
	v2 := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-000000000002"), at)
	v2.Goals[0].Status = goals.StatusCompleted

	fmt.Println(v1)
	fmt.Println(v2, "replaces", v2.Replaces)
	fmt.Println("same series:", v1.Series() == v2.Series())
	fmt.Println("agreed:", !v2.AgreedAt.IsZero(), "valid:", v2.Validate() == nil)
	fmt.Println("first goal in v1:", v1.Goals[0].Status, "in v2:", v2.Goals[0].Status)
	fmt.Println("v1 in its series:", v1.StatusIn([]recovery.Plan{v1, v2}))
	// Output:
	// plan 60000000-0000-4000-8000-000000000001 v1 active
	// plan 60000000-0000-4000-8000-000000000002 v2 active replaces 60000000-0000-4000-8000-000000000001
	// same series: true
	// agreed: false valid: true
	// first goal in v1: active in v2: completed
	// v1 in its series: revoked
}

func ExamplePlan_Clone() {
	p := recoverytest.Scenario()
	c := p.Clone()
	c.Goals[0].Statement = "I want to call my brother this week"
	fmt.Println(p.Goals[0].Statement)
	fmt.Println(c.Goals[0].Statement)
	// Output:
	// I want to get back in touch with my brother
	// I want to call my brother this week
}
