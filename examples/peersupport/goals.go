package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
)

// The strengths the goals build on (see the shared scenario data):
// 1 the bond with their brother, 2 a work skill, 3 resilience.
var (
	strengthBrother   = uuid.MustParse("20000000-0000-4000-8000-000000000001")
	strengthWorkSkill = uuid.MustParse("20000000-0000-4000-8000-000000000002")
	strengthResilient = uuid.MustParse("20000000-0000-4000-8000-000000000003")
)

// scenarioGoals returns the person's five short-term goals in the order they
// were written down, with the importance and timeline columns exactly as the
// person gave them. Goal 4, "I want to find a place to live", is broken into
// the three SMART steps they chose, each due "by this time next week" (at + 7
// days).
func scenarioGoals(at time.Time) []goals.SMARTGoal {
	goalID := func(n int) uuid.UUID { return uuid.MustParse(fmt.Sprintf("10000000-0000-4000-8000-%012d", n)) }
	stepID := func(n int) uuid.UUID { return uuid.MustParse(fmt.Sprintf("11000000-0000-4000-8000-%012d", n)) }
	nextWeek := at.AddDate(0, 0, 7) // "by this time next week"
	return []goals.SMARTGoal{
		{
			ID: goalID(1), Statement: "I want to get back in touch with my brother",
			Area: life.AreaSocial, Term: goals.TermShort, Status: goals.StatusPlanned,
			Importance: 1, Order: 3, BuildsOn: []uuid.UUID{strengthBrother},
		},
		{
			ID: goalID(2), Statement: "I want to quit smoking",
			Area: life.AreaHealth, Term: goals.TermShort, Status: goals.StatusPlanned,
			Importance: 4, Order: 5,
		},
		{
			ID: goalID(3), Statement: "I want to go to a naloxone training",
			Area: life.AreaHealth, Term: goals.TermShort, Status: goals.StatusPlanned,
			Importance: 3, Order: 2,
		},
		{
			ID: goalID(4), Statement: "I want to find a place to live",
			Area: life.AreaHousing, Term: goals.TermShort, Status: goals.StatusActive,
			Importance: 2, Order: 1, Start: at, BuildsOn: []uuid.UUID{strengthResilient},
			Steps: []goals.Step{
				{ID: stepID(1), Action: "I will look on Craigslist for rentals for no more than 1 hour", Due: nextWeek},
				{ID: stepID(2), Action: "I will list at least 5 possible rentals and will call at least 3", Due: nextWeek},
				{ID: stepID(3), Action: "I will bring the notes from the calls to go over next week", Due: nextWeek},
			},
		},
		{
			ID: goalID(5), Statement: "I want to get a better job",
			Area: life.AreaEmployment, Term: goals.TermShort, Status: goals.StatusPlanned,
			Importance: 4, Order: 4, BuildsOn: []uuid.UUID{strengthWorkSkill},
		},
	}
}

// goalsDate formats a date for a person reading: "Mon 9 Mar 2026".
func goalsDate(t time.Time) string { return t.Format("Mon 2 Jan 2006") }

// printGoals prints the person's goals as they ranked them, on their
// timeline, the action steps of each goal that has them, and what comes up
// next, as of at.
func printGoals(w io.Writer, gs []goals.SMARTGoal, at time.Time) error {
	p := &printer{w: w}
	byID := make(map[uuid.UUID]goals.SMARTGoal, len(gs))
	for _, g := range gs {
		byID[g.ID] = g
	}

	p.printf("GOALS\n\n")
	p.printf("The person's short-term goals, in the order of importance they gave\n(1 = most important to them):\n\n")
	ranked := goals.Rank(gs)
	var tiedPlaces []int
	for _, r := range ranked {
		place := "  -"
		if r.Place > 0 {
			place = fmt.Sprintf("%3d", r.Place)
		}
		note := ""
		if r.Tied {
			note = "  (shares this place)"
			if len(tiedPlaces) == 0 || tiedPlaces[len(tiedPlaces)-1] != r.Place {
				tiedPlaces = append(tiedPlaces, r.Place)
			}
		}
		p.printf("%s\n", strings.TrimRight(fmt.Sprintf("%s. %-45s %-11s%s", place, r.Goal.Statement, r.Goal.Area, note), " "))
	}
	for _, place := range tiedPlaces {
		p.printf("\nThe goals at place %d matter equally to the person. The plan keeps them side\nby side as given; the person can say which comes first, if they wish.\n", place)
	}

	tl := goals.NewTimeline(gs)
	p.printf("\nThe same goals on the person's timeline (1 = first):\n\n")
	for _, g := range tl.Goals() {
		pos := "  -"
		if g.Order > 0 {
			pos = fmt.Sprintf("%3d", g.Order)
		}
		p.printf("%s. %s\n", pos, g.Statement)
	}
	for _, c := range tl.Clashes() {
		p.printf("\nPosition %d was given to %d goals; the person can say which comes first.\n", c.Order, len(c.Goals))
	}

	for _, g := range tl.Goals() {
		if len(g.Steps) == 0 {
			continue
		}
		p.printf("\nAction steps towards %q:\n\n", g.Statement)
		for _, s := range g.Steps {
			box := "[ ]"
			if s.IsDone() {
				box = "[x]"
			}
			due := "no date yet"
			if !s.Due.IsZero() {
				due = "by " + goalsDate(s.Due)
			}
			p.printf("  %s %s (%s)\n", box, s.Action, due)
		}
		pr := g.Progress()
		p.printf("\n  %d of %d steps done", pr.Done, pr.Total)
		for _, s := range g.Steps {
			if s.ID == pr.Next && !s.Due.IsZero() {
				p.printf("; next step due %s", goalsDate(s.Due))
			}
		}
		p.printf(".\n")
	}

	p.printf("\nComing up, as of %s:\n\n", goalsDate(at))
	if items := tl.Overdue(at); len(items) > 0 {
		p.printf("  %d %s past its date, worth a fresh look together.\n", len(items), goalsPlural(len(items), "item is", "items are"))
	}
	if it, ok := tl.Next(at); ok {
		g := byID[it.Goal]
		what := "the goal itself"
		for _, s := range g.Steps {
			if s.ID == it.Step {
				what = string(s.Action)
			}
		}
		p.printf("  Next: %s, towards %q:\n    %s\n", goalsDate(it.Due), g.Statement, what)
		until := at.AddDate(0, 0, 8)
		n := len(tl.Between(at, until))
		p.printf("  %d %s due before %s.\n", n, goalsPlural(n, "dated item falls", "dated items fall"), goalsDate(until))
	} else {
		p.printf("  Nothing dated yet.\n")
	}
	for _, id := range goalsToCheck {
		g, ok := byID[id]
		if !ok {
			continue
		}
		printSMARTCheck(p, g, goals.Check(g, at))
	}
	return p.err
}

// goalsToCheck are the goals whose SMART check the scenario shows: the one
// the person is ready to move on, broken into steps (goal 4), and one still
// in broad strokes (goal 5).
var goalsToCheck = []uuid.UUID{
	uuid.MustParse("10000000-0000-4000-8000-000000000004"),
	uuid.MustParse("10000000-0000-4000-8000-000000000005"),
}

// printSMARTCheck prints the verdict on each SMART criterion with its reason.
func printSMARTCheck(p *printer, g goals.SMARTGoal, c goals.SMARTCheck) {
	missing := c.Missing()
	p.printf("\nSMART check of %q: %d of %d criteria met", g.Statement,
		len(c.Verdicts)-len(missing), len(c.Verdicts))
	if len(missing) == 0 {
		p.printf(".\n\n")
	} else {
		names := make([]string, len(missing))
		for i, m := range missing {
			names[i] = string(m)
		}
		p.printf(";\nstill to shape together: %s.\n\n", strings.Join(names, ", "))
	}
	for _, v := range c.Verdicts {
		mark := "met    "
		if !v.Met {
			mark = "not yet"
		}
		p.printf("  %s  %-13s %s\n", mark, v.Criterion, v.Message)
	}
}

// goalsPlural returns one if n is 1 and many otherwise.
func goalsPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
