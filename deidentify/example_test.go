package deidentify_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/deidentify"
)

func ExamplePlan() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	plan := recovery.Plan{
		ID: uuid.MustParse("60000000-0000-4000-8000-000000000001"), Version: 1,
		Status: recovery.StatusActive, PersonID: "P-0001",
		Vision: "I want a home of my own.",
		Supports: []recovery.Supporter{{
			ID: uuid.MustParse("50000000-0000-4000-8000-000000000003"), Name: "Sam", Role: recovery.SupporterRoleFamily,
			Phone: "555-0144", Email: "sam@example.org", ConsentToInvolve: true,
		}},
		Created: at,
	}
	key := []byte("a secret of 32 random bytes.....") // keep it from recipients
	out := deidentify.Plan(plan, key, nil)
	s := out.Supports[0]
	fmt.Println(string(out.PersonID) == deidentify.Pseudonym(key, "P-0001"), out.Vision)
	fmt.Println(s.Name, s.Phone, s.Email, s.ConsentToInvolve)
	fmt.Println("dates moved by", deidentify.DateShift(key, "P-0001", nil) == out.Created.Sub(plan.Created.Truncate(24*time.Hour)))
	fmt.Println("valid:", out.Validate() == nil)
	// Output:
	// true [removed]
	// supporter 1 555-0100 removed@example.invalid true
	// dates moved by true
	// valid: true
}
