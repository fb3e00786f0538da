package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/wording"
)

// Fixed IDs of the whole plan (kind 60000000-...) and its long-term goal
// (goal 6).
var (
	planID         = uuid.MustParse("60000000-0000-4000-8000-000000000001")
	planLongTermID = uuid.MustParse("10000000-0000-4000-8000-000000000006")
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
		Area: life.AreaEmployment, Term: goals.TermLong, Status: goals.StatusProposed,
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
			{ID: supporterJordan, Name: "Jordan", Role: recovery.SupporterRolePeerSpecialist, Relationship: "my peer specialist",
				Phone: "555-0101", ConsentToInvolve: true, ConsentToShare: true, ConsentedAt: at},
			{ID: supporterAlex, Name: "Alex", Role: recovery.SupporterRoleFriend, Relationship: "my friend",
				Phone: "555-0142", ConsentToInvolve: true, ConsentedAt: at},
			// Not involved for now: the person said no, and the no is
			// recorded (ConsentedAt) as the choice it is.
			{ID: supporterSam, Name: "Sam", Role: recovery.SupporterRoleFamily, Relationship: "my brother",
				ConsentToInvolve: false, ConsentedAt: at},
		},
		CoCreators: []recovery.CoCreator{{Role: sdm.RolePerson}, {Role: sdm.RolePeer, SupporterID: supporterJordan}},
		Created:    at,
		AgreedAt:   at,
	}
}

// printPlan validates the whole plan, shows what it holds, scores it on the
// 4 Ps at at, prints each criterion and each finding with its suggestion, and
// runs the language check on a draft session note.
func printPlan(w io.Writer, at time.Time) error {
	p := scenarioPlan(at)
	if err := p.Validate(); err != nil {
		return fmt.Errorf("plan %s: %w", p.ID, err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nTHE WHOLE PLAN\n\n")
	fmt.Fprintf(&b, "%s, version %d, %s.\n", recovery.Label, p.Version, p.Status)
	fmt.Fprintf(&b, "Written with %s; agreed on %s.\n", coCreators(p), goalsDate(p.AgreedAt))
	b.WriteString("Vision, in the person's words:\n")
	planWrap(&b, "  ", strconv.Quote(string(p.Vision)))
	fmt.Fprintf(&b, "It holds the %d strengths, the %d short-term goals, the crisis plans and the\n", len(p.Strengths.Strengths), len(p.Goals)-1)
	fmt.Fprintf(&b, "shared decision above, and one long-term goal:\n  %q\n", p.Goals[len(p.Goals)-1].Statement)
	b.WriteString("Circle of support:\n")
	for _, s := range p.Supports {
		consent := "not involved for now"
		switch {
		case s.ConsentToInvolve && s.ConsentToShare:
			consent = "involved, sees the plan"
		case s.ConsentToInvolve:
			consent = "involved"
		}
		fmt.Fprintf(&b, "  %-6s %-15s %-18s %-8s  %s\n", s.Name, s.Role, s.Relationship, s.Phone, consent)
	}

	q := quality.Score(p, at, nil)
	fmt.Fprintf(&b, "\nPlan quality (rubric %s): %.1f of 100\n", q.Rubric, q.Total)
	for _, pp := range quality.Ps() {
		fmt.Fprintf(&b, "  %-10s %5.2f of %.0f\n", pp, q.Subtotal(pp), quality.PointsPerP)
		for _, c := range q.Criteria {
			if c.P == pp {
				fmt.Fprintf(&b, "    %-20s %.2f\n", c.Criterion, c.Score)
			}
		}
	}
	if len(q.Findings) == 0 {
		b.WriteString("Every criterion is met.\n")
	} else {
		b.WriteString("\nNext steps to talk over together:\n")
	}
	names := partNames(p)
	for _, f := range q.Findings {
		fmt.Fprintf(&b, "  %s/%s at %.2f (serves %s)\n", f.P, f.Criterion, f.Score, f.Principle)
		for _, id := range f.IDs {
			fmt.Fprintf(&b, "    - %s\n", names[id])
		}
		for i, n := range f.Notes {
			sep := ", "
			switch i {
			case 0:
				sep = "    notes: "
			}
			b.WriteString(sep + string(n))
			if i == len(f.Notes)-1 {
				b.WriteByte('\n')
			}
		}
		planWrap(&b, "    ", f.Suggestion)
	}

	// The language check reads any text before it joins the record, such as
	// a draft of the session note.
	note := "Admits to using last week; stayed clean since Friday; not drug-seeking."
	fmt.Fprintf(&b, "\nLanguage check of a draft session note:\n  %q\n", note)
	for _, f := range wording.Check(note, wording.WhoseTeam, nil) {
		r, _ := f.Rule.Rule("en")
		fmt.Fprintf(&b, "  %q at bytes %d-%d: rule %s (%s)\n", note[f.Start:f.End], f.Start, f.End, f.Rule, r.Source)
		fmt.Fprintf(&b, "    say instead: %s\n", r.Prefer)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// planWrap writes text in lines of at most 80 columns, each after indent.
func planWrap(b *strings.Builder, indent, text string) {
	line := indent
	for _, word := range strings.Fields(text) {
		if line != indent && len(line)+1+len(word) > 80 {
			b.WriteString(line + "\n")
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += word
	}
	b.WriteString(line + "\n")
}

// coCreators lists who wrote the plan: "the person", then supporters by name
// and others by role.
func coCreators(p recovery.Plan) string {
	names := partNames(p)
	var out []string
	for _, c := range p.CoCreators {
		switch {
		case c.Role == sdm.RolePerson:
			out = append(out, "the person")
		case c.SupporterID != uuid.Nil:
			out = append(out, names[c.SupporterID]+" ("+string(c.Role)+")")
		default:
			out = append(out, string(c.Role))
		}
	}
	return strings.Join(out, " and ")
}

// partNames names the parts of the plan a finding can concern: goals and
// strengths by the person's words, supporters by name. The person is reading
// their own plan; an export for research would use deidentify.Plan.
func partNames(p recovery.Plan) map[uuid.UUID]string {
	names := map[uuid.UUID]string{p.ID: "the plan as a whole", p.Strengths.ID: "the strengths assessment"}
	for _, s := range p.Strengths.Strengths {
		names[s.ID] = fmt.Sprintf("strength %q", s.Statement)
	}
	for _, g := range p.Goals {
		names[g.ID] = fmt.Sprintf("goal %q", g.Statement)
	}
	for _, d := range p.Decisions {
		names[d.ID] = fmt.Sprintf("decision %q", d.Question)
	}
	for _, s := range p.Supports {
		names[s.ID] = string(s.Name)
	}
	if p.Overdose != nil {
		names[p.Overdose.ID] = "the overdose plan"
	}
	if p.Safety != nil {
		names[p.Safety.ID] = "the safety plan"
	}
	if p.Toolbox != nil {
		names[p.Toolbox.ID] = "the toolbox"
	}
	return names
}
