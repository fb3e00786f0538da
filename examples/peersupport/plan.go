package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/sdm"
)

// Fixed IDs of the whole plan (kind 60000000-...), its long-term goal (goal
// 6) and the person's brother Sam (supporter 3).
var (
	planID           = uuid.MustParse("60000000-0000-4000-8000-000000000001")
	planLongTermID   = uuid.MustParse("10000000-0000-4000-8000-000000000006")
	planSupporterSam = uuid.MustParse("50000000-0000-4000-8000-000000000003")
)

// scenarioPlan assembles the whole person-centered recovery plan from the
// scenario's parts: the strengths assessment, the five short-term goals and
// one long-term goal, the crisis plans, the shared decision, and the circle of
// support (Jordan, Alex and Sam), written with Jordan and agreed by the
// person at at.
func scenarioPlan(at time.Time) recovery.Plan {
	gs := scenarioGoals(at)
	gs = append(gs, goals.SMARTGoal{
		ID: planLongTermID, Statement: "I want to run a kitchen of my own one day",
		Area: life.Employment, Term: goals.LongTerm, Status: goals.StatusProposed,
		Importance: 5, Order: 6, Why: "Cooking for people is when I feel most like myself",
		BuildsOn: []uuid.UUID{strengthWorkSkill, strengthCooking},
	})
	od := scenarioOverdosePlan(at)
	sp := scenarioSafetyPlan(at)
	tb := scenarioToolbox(at)
	return recovery.Plan{
		ID:        planID,
		Version:   1,
		Status:    recovery.StatusActive,
		PersonID:  "P-0001",
		Vision:    "I want a small place of my own, my brother back in my life, and work I'm proud of.",
		Strengths: scenarioStrengths(at),
		Goals:     gs,
		Overdose:  &od,
		Safety:    &sp,
		Toolbox:   &tb,
		Decisions: []sdm.DecisionRecord{scenarioDecision(at)},
		Supports: []recovery.Supporter{
			{ID: crisisJordan, Name: "Jordan", Role: recovery.RolePeerSpecialist, Relationship: "my peer specialist",
				Phone: "555-0101", ConsentToInvolve: true, ConsentToShare: true, ConsentedAt: at},
			{ID: crisisAlex, Name: "Alex", Role: recovery.RoleFriend, Relationship: "my friend",
				Phone: "555-0142", ConsentToInvolve: true, ConsentedAt: at},
			{ID: planSupporterSam, Name: "Sam", Role: recovery.RoleFamily, Relationship: "my brother",
				ConsentToInvolve: false},
		},
		CoCreators: []recovery.CoCreator{{Role: sdm.Person}, {Role: sdm.Peer, SupporterID: crisisJordan}},
		Created:    at,
		AgreedAt:   at,
	}
}

// printPlan validates the whole plan, scores it on the 4 Ps at at, and
// prints the score, each criterion and each finding with its suggestion.
func printPlan(w io.Writer, at time.Time) error {
	p := scenarioPlan(at)
	if err := p.Validate(); err != nil {
		return fmt.Errorf("plan %s: %w", p.ID, err)
	}
	q := recovery.Score(p, at, nil)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s, version %d (%s): %d goals, %d strengths, %d supporters\n",
		recovery.Label, p.Version, p.Status, len(p.Goals), len(p.Strengths.Strengths), len(p.Supports))
	fmt.Fprintf(&b, "Plan quality (rubric %s): %.1f of 100\n", q.Rubric, q.Total)
	for _, pp := range recovery.Ps() {
		fmt.Fprintf(&b, "  %-10s %5.2f of %.0f\n", pp, q.Subtotal(pp), recovery.PointsPerP)
		for _, c := range q.Criteria {
			if c.P == pp {
				fmt.Fprintf(&b, "    %-20s %.2f\n", c.Criterion, c.Score)
			}
		}
	}
	if len(q.Findings) == 0 {
		b.WriteString("Every criterion is met.\n")
	} else {
		b.WriteString("Next steps to talk over together:\n")
	}
	for _, f := range q.Findings {
		fmt.Fprintf(&b, "  %s/%s (%s, %.2f)\n", f.P, f.Criterion, f.Principle, f.Score)
		if len(f.Notes) > 0 {
			fmt.Fprintf(&b, "    about: %s\n", strings.Join(f.Notes, ", "))
		}
		for _, id := range f.IDs {
			fmt.Fprintf(&b, "    concerns %s\n", id)
		}
		fmt.Fprintf(&b, "    %s\n", f.Suggestion)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
