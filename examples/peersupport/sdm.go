package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/sdm"
)

// Fixed IDs of the scenario's shared decision. Options have no kind of their
// own in the scenario's ID table, so they take 41000000-..., below the
// decision's 40000000-..., as steps take 11000000-... below goals.
var (
	sdmDecisionID    = uuid.MustParse("40000000-0000-4000-8000-000000000001")
	sdmOptionProgram = uuid.MustParse("41000000-0000-4000-8000-000000000001")
	sdmOptionOnline  = uuid.MustParse("41000000-0000-4000-8000-000000000002")
	sdmOptionWait    = uuid.MustParse("41000000-0000-4000-8000-000000000003")
	sdmGoalNaloxone  = uuid.MustParse("10000000-0000-4000-8000-000000000003")
)

// scenarioDecision returns the scenario's shared decision, made at at: where
// the person gets naloxone training (goal 3). Their peer specialist, Jordan,
// suggested the community program; the person chose the online course, and
// the risk of learning without hands-on practice was talked through, so the
// record honors the person's choice.
func scenarioDecision(at time.Time) sdm.DecisionRecord {
	return sdm.DecisionRecord{
		ID:       sdmDecisionID,
		Question: "Where should I get naloxone training?",
		Options: []sdm.Option{
			{
				ID:       sdmOptionProgram,
				Name:     "community harm-reduction program",
				Benefits: []phi.Note{"hands-on practice with a trainer", "a free naloxone kit the same day"},
				Harms:    []phi.Note{"sessions are on weekday evenings", "two bus rides each way"},
				Evidence: "People without medical training can give naloxone and reverse an opioid overdose.",
				Source:   "public health guidance",
			},
			{
				ID:       sdmOptionOnline,
				Name:     "online course",
				Benefits: []phi.Note{"any time, at my own pace", "no travel"},
				Harms:    []phi.Note{"no hands-on practice", "the kit comes by mail in about a week"},
				Evidence: "Online courses teach the same steps; practising with a trainer builds confidence.",
				Source:   "the program's decision aid",
			},
			{
				ID:       sdmOptionWait,
				Name:     "wait until after I find a place to live",
				Benefits: []phi.Note{"one thing at a time while I look for housing"},
				Harms:    []phi.Note{"no kit and no training in the meantime"},
				Evidence: "Housing comes first on my list; the training can wait a few weeks.",
				Source:   "my own priorities and Jordan's experience",
			},
		},
		WhatMatters: []phi.Words{
			"being ready if a friend overdoses",
			"keeping my evenings free for calls about rentals",
		},
		Participants: []sdm.Participant{
			{Role: sdm.RolePerson},
			{ID: supporterJordan, Role: sdm.RolePeer, Name: "Jordan", Consent: true},
		},
		Recommended:    sdmOptionProgram,
		Chosen:         sdmOptionOnline,
		ChosenBy:       []sdm.Role{sdm.RolePerson},
		Stage:          sdm.StageDecided,
		DecidedAt:      at,
		RevisitBy:      at.AddDate(0, 0, 14),
		RisksDiscussed: true,
		Goals:          []uuid.UUID{sdmGoalNaloxone},
	}
}

// printDecision prints the decision: its stage, the options, what matters
// most to the person, the chosen option and whether the record honors the
// person's choice, then the quality score with each finding.
func printDecision(w io.Writer, d sdm.DecisionRecord) {
	const day = "Mon 2 Jan 2006"
	fmt.Fprintf(w, "SHARED DECISION\n\n%s\n\n", d.Question)
	fmt.Fprintf(w, "Stage: %s", d.Stage)
	if !d.DecidedAt.IsZero() {
		fmt.Fprintf(w, " on %s", d.DecidedAt.Format(day))
	}
	if !d.RevisitBy.IsZero() {
		fmt.Fprintf(w, "; revisit by %s", d.RevisitBy.Format(day))
	}
	fmt.Fprint(w, ".\n\nTaking part:\n\n")
	for _, p := range d.Participants {
		line := "  - " + sdmRoleName(p.Role)
		if p.Name != "" {
			line += " (" + string(p.Name) + ")"
		}
		if p.Role != sdm.RolePerson && p.Consent {
			line += ", with the person's consent"
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprint(w, "\nThe options weighed:\n\n")
	var chosen string
	for i, o := range d.Options {
		var marks []string
		if o.ID == d.Recommended {
			marks = append(marks, "recommended")
		}
		if o.ID == d.Chosen {
			marks = append(marks, "chosen")
			chosen = string(o.Name)
		}
		line := fmt.Sprintf("  %d. %s", i+1, o.Name)
		if len(marks) > 0 {
			line = fmt.Sprintf("%-44s (%s)", line, strings.Join(marks, ", "))
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprint(w, "\nWhat matters most to the person:\n\n")
	for _, m := range d.WhatMatters {
		fmt.Fprintf(w, "  - %s\n", m)
	}
	if chosen != "" {
		by := make([]string, len(d.ChosenBy))
		for i, r := range d.ChosenBy {
			by[i] = sdmRoleName(r)
		}
		fmt.Fprintf(w, "\nChosen: %s, by %s.\n", chosen, strings.Join(by, " and "))
	}
	fmt.Fprintf(w, "Honors the person's choice: %v.\n", d.HonorsChoice())
	q := d.Quality()
	fmt.Fprintf(w, "\nQuality of the shared decision: %.2f (%d of %d points)\n\n", q.Score, q.Points, q.Possible)
	for _, f := range q.Findings {
		mark := "next"
		if f.Met {
			mark = "met"
		}
		fmt.Fprintf(w, "  %-4s %-20s %s\n", mark, f.Code, f.Message)
	}
}

// sdmRoleName returns how the printout names a participant's role.
func sdmRoleName(r sdm.Role) string {
	switch r {
	case sdm.RolePerson:
		return "the person"
	case sdm.RolePeer:
		return "their peer specialist"
	case sdm.RoleProvider:
		return "their provider"
	case sdm.RoleFamily:
		return "family"
	}
	return "a supporter"
}
