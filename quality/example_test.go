package quality_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

func ExampleScore() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	brother := uuid.MustParse("20000000-0000-4000-8000-000000000001")
	plan := recovery.Plan{
		ID:       uuid.MustParse("60000000-0000-4000-8000-000000000001"),
		Version:  1,
		Status:   recovery.StatusActive,
		PersonID: "P-0001",
		Vision:   "I want a home of my own and my brother back in my life.",
		Strengths: strengths.Assessment{
			ID: uuid.MustParse("70000000-0000-4000-8000-000000000001"), AssessedAt: at,
			Strengths: []strengths.Strength{{
				ID: brother, Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
				Statement: "My brother and I were always close.", Source: strengths.SourceSelf,
			}},
		},
		Goals: []goals.SMARTGoal{{
			ID:        uuid.MustParse("10000000-0000-4000-8000-000000000001"),
			Statement: "I want to get back in touch with my brother", Area: life.AreaSocial,
			Term: goals.TermShort, Status: goals.StatusActive, Importance: 1, Order: 1,
			Why: "He is my family.", BuildsOn: []uuid.UUID{brother},
			Start: at, Due: at.AddDate(0, 0, 14),
			Steps: []goals.Step{{
				ID:     uuid.MustParse("11000000-0000-4000-8000-000000000001"),
				Action: "I will send him 1 text by Friday", Due: at.AddDate(0, 0, 4),
			}},
		}},
		CoCreators: []recovery.CoCreator{{Role: sdm.RolePerson}},
		Created:    at, AgreedAt: at,
	}
	q := quality.Score(plan, at, nil)
	fmt.Printf("%s total %.1f: philosophy %.1f, process %.1f, plan %.1f, purpose %.1f\n",
		q.Rubric, q.Total, q.Philosophy, q.Process, q.Plan, q.Purpose)
	for _, f := range q.Findings {
		fmt.Printf("%-9s %-20s %.2f %s\n", f.P, f.Criterion, f.Score, f.Principle)
	}
	fmt.Println(q.Findings[len(q.Findings)-1].Suggestion)
	// Output:
	// 4ps-2026.2 total 66.4: philosophy 21.4, process 12.5, plan 18.8, purpose 13.8
	// philosophy strengths-identified 0.42 strengths-and-responsibility
	// process   shared-decisions     0.00 respect
	// process   natural-supports     0.00 relationships
	// plan      crisis-ready         0.00 person-driven
	// purpose   whole-person         0.20 holistic
	// purpose   long-term-goal       0.00 hope
	// Dare to dream: ask the person about a long-term goal for the life they want beyond services.
}
