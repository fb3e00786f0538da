// Command peersupport runs the scenario of a peer support session end to
// end: the person's strengths; their goals, ranked and on their timeline,
// with the SMART action steps towards finding a place to live and the SMART
// check of two goals; their crisis plans; a shared decision; and then the
// whole recovery plan, with its quality on the 4 Ps and the next steps to talk
// over, and the language check of a draft session note.
//
// Times and IDs are fixed, so the output is the same on every run.
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/google/uuid"
)

// The circle of support (kind 50000000-...): the person's peer specialist
// Jordan (supporter 1), their friend Alex, who carries naloxone (2), and their
// brother Sam (3).
var (
	supporterJordan = uuid.MustParse("50000000-0000-4000-8000-000000000001")
	supporterAlex   = uuid.MustParse("50000000-0000-4000-8000-000000000002")
	supporterSam    = uuid.MustParse("50000000-0000-4000-8000-000000000003")
)

// scenarioAt is the reference time of the scenario: Monday 2 March 2026,
// 10:00 UTC.
var scenarioAt = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "peersupport:", err)
		os.Exit(1)
	}
}

// run prints the whole scenario to w: strengths first, since the goals
// build on them, then goals, crisis plans, the shared decision and the whole
// plan.
func run(w io.Writer) error {
	sa := scenarioStrengths(scenarioAt)
	if err := sa.Validate(); err != nil {
		return fmt.Errorf("strengths %s: %w", sa.ID, err)
	}
	printStrengths(w, sa)
	fmt.Fprintln(w)
	gs := scenarioGoals(scenarioAt)
	for _, g := range gs {
		if err := g.Validate(); err != nil {
			return fmt.Errorf("goal %s: %w", g.ID, err)
		}
	}
	if err := printGoals(w, gs, scenarioAt); err != nil {
		return err
	}

	if err := printCrisis(w, scenarioOverdosePlan(scenarioAt), scenarioSafetyPlan(scenarioAt),
		scenarioToolbox(scenarioAt), scenarioAt); err != nil {
		return err
	}

	d := scenarioDecision(scenarioAt)
	if err := d.Validate(); err != nil {
		return fmt.Errorf("decision %s: %w", d.ID, err)
	}
	fmt.Fprintln(w)
	printDecision(w, d)
	return printPlan(w, scenarioAt)
}

// printer writes to w and keeps the first write error, so a printer of many
// lines checks for an error once, at the end.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
