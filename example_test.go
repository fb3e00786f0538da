package recovery_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
)

func ExamplePlan_Validate() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	goal := uuid.MustParse("10000000-0000-4000-8000-000000000004")
	plan := recovery.Plan{
		ID: uuid.MustParse("60000000-0000-4000-8000-000000000001"), Version: 1,
		Status: recovery.StatusActive, PersonID: "P-0001", Created: at,
		Goals: []goals.SMARTGoal{{
			ID: goal, Statement: "I want to find a place to live", Area: life.AreaHousing,
			Term: goals.TermShort, Status: goals.StatusActive, Start: at,
			// A strength that is not recorded in the plan's assessment.
			BuildsOn: []uuid.UUID{uuid.MustParse("20000000-0000-4000-8000-000000000009")},
			Steps: []goals.Step{{
				ID:     uuid.MustParse("11000000-0000-4000-8000-000000000001"),
				Action: "I will list at least 5 possible rentals", Due: at.AddDate(0, 0, -1),
			}},
		}},
		Supports: []recovery.Supporter{{
			ID: goal, Name: "Sam", Role: recovery.SupporterRoleFamily, // an ID already used by the goal
		}},
	}
	err := plan.Validate()
	fmt.Println(errors.Is(err, recovery.ErrInvalid))
	var ve *recovery.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// true
	// goals[0].steps[0].due: after-start
	// supports[0].id: unique
	// goals[0].buildsOn[0]: exists
}
