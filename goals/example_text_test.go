package goals_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
)

// AnalyzeText finds the time limit, the amounts and the commitment in one of
// the scenario's steps, with the byte offsets of each phrase.
func ExampleAnalyzeText() {
	ref := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC) // a Monday
	step := "By this time next week I will list at least 5 possible rentals and will call at least 3"

	a := goals.AnalyzeText(step, ref, nil)
	for _, f := range a.Matches {
		fmt.Printf("%-20s [%2d:%2d] %q\n", f.Rule, f.Start, f.End, step[f.Start:f.End])
	}
	d, _ := a.Deadline()
	fmt.Println("deadline:", d.Format(time.DateTime))
	fmt.Println("time-limited:", a.TimeLimited(), "measurable:", a.Measurable())
	// Output:
	// time-duration        [ 0:22] "By this time next week"
	// action-first-person  [23:34] "I will list"
	// quantity-comparator  [35:45] "at least 5"
	// action-first-person  [67:76] "will call"
	// quantity-comparator  [77:87] "at least 3"
	// deadline: 2026-03-09 10:00:00
	// time-limited: true measurable: true
}

// AppendMatches reads a step as it is typed into one buffer, which, once it
// has room, serves every keystroke without allocating.
func ExampleAppendMatches() {
	ref := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC) // a Monday
	var ms []goals.Match
	for _, typed := range []string{"I will call", "I will call 3 landlords", "I will call 3 landlords by Friday"} {
		ms = goals.AppendMatches(ms[:0], typed, ref, nil)
		d, ok := goals.TextAnalysis{Matches: ms}.Deadline()
		fmt.Println(len(ms), ok, d.Format(time.DateOnly))
	}
	// Output:
	// 1 false 0001-01-01
	// 2 false 0001-01-01
	// 3 true 2026-03-06
}

// A goal in its first words may point in a direction without yet saying how
// much or by when; the analysis names the wording to build on.
func ExampleAnalyzeText_vague() {
	ref := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	a := goals.AnalyzeText("I want to get a better job", ref, nil)
	fmt.Println("time-limited:", a.TimeLimited(), "measurable:", a.Measurable())
	for _, f := range a.Matches {
		fmt.Println(f.Kind(), f.Rule, f.Start, f.End)
	}
	// Output:
	// time-limited: false measurable: false
	// action action-first-person 0 13
	// vague vague-comparative 16 22
}

// Deadlines resolve against the reference time: a weekday is its next
// occurrence, "next Friday" is the Friday of the following week, and a day
// ends at 23:59:59.
func ExampleTextAnalysis_Deadline() {
	ref := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC) // a Monday
	for _, s := range []string{"by Friday", "next Friday", "within 2 weeks", "by December 1", "by the end of the month"} {
		d, _ := goals.AnalyzeText(s, ref, nil).Deadline()
		fmt.Printf("%-24s %s\n", s, d.Format("Mon 2006-01-02 15:04"))
	}
	// Output:
	// by Friday                Fri 2026-03-06 23:59
	// next Friday              Fri 2026-03-13 23:59
	// within 2 weeks           Mon 2026-03-16 10:00
	// by December 1            Tue 2026-12-01 23:59
	// by the end of the month  Tue 2026-03-31 23:59
}

// Check judges the scenario's goal "I want to find a place to live", broken into
// its SMART steps, against the five criteria, and says why.
func ExampleCheck() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	week := at.AddDate(0, 0, 7) // by this time next week
	g := goals.SMARTGoal{
		ID:         uuid.MustParse("10000000-0000-4000-8000-000000000004"),
		Statement:  "I want to find a place to live",
		Area:       life.AreaHousing,
		Term:       goals.TermShort,
		Status:     goals.StatusActive,
		Importance: 2,
		Order:      1,
		Start:      at,
		Steps: []goals.Step{
			{ID: uuid.MustParse("11000000-0000-4000-8000-000000000001"), Due: week,
				Action: "I will look on Craigslist for rentals for no more than 1 hour"},
			{ID: uuid.MustParse("11000000-0000-4000-8000-000000000002"), Due: week,
				Action: "I will list at least 5 possible rentals and will call at least 3"},
			{ID: uuid.MustParse("11000000-0000-4000-8000-000000000003"), Due: week,
				Action: "I will bring the notes from the calls to go over next week"},
		},
	}
	c := goals.Check(g, at)
	for _, v := range c.Verdicts {
		fmt.Printf("%-12s %-5t %s\n", v.Criterion, v.Met, v.Reason)
	}
	fmt.Println("missing:", c.Missing())
	// Output:
	// specific     true  concrete-step
	// measurable   true  amount-in-steps
	// achievable   true  broken-into-steps
	// realistic    true  person-priority
	// time-limited true  steps-dated
	// missing: []
}

// A goal at its start has room to grow: Missing lists the criteria still
// open, and each verdict's message suggests a next step.
func ExampleSMARTCheck_Missing() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	g := goals.SMARTGoal{
		ID:         uuid.MustParse("10000000-0000-4000-8000-000000000005"),
		Statement:  "I want to get a better job",
		Area:       life.AreaEmployment,
		Term:       goals.TermShort,
		Status:     goals.StatusProposed,
		Importance: 4,
		Order:      4,
	}
	c := goals.Check(g, at)
	fmt.Println(c.Missing())
	v, _ := c.Verdict(goals.CriterionMeasurable)
	fmt.Println(v.Message)
	// Output:
	// [specific measurable achievable time-limited]
	// Adding how much, how often or how long would make progress easy to see.
}

// A Spanish plan is read with its own grammar: the plan's language tag goes
// in the options. Accents are optional, and numeric dates are day first.
func ExampleAnalyzeText_spanish() {
	ref := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC) // a Monday
	step := "Voy a caminar al menos 3 veces por semana y pagar la renta para el 5/4"
	a := goals.AnalyzeText(step, ref, &goals.TextOptions{Language: "es-MX"})
	for _, m := range a.Matches {
		fmt.Printf("%-20s %q\n", m.Rule, step[m.Start:m.End])
	}
	d, _ := a.Deadline()
	fmt.Println("deadline:", d.Format(time.DateOnly))
	// Output:
	// action-first-person  "Voy a caminar"
	// quantity-frequency   "al menos 3 veces por semana"
	// time-date            "para el 5/4"
	// deadline: 2026-04-05
}

// Limits, ranges and the past are read as people write them: a limit is
// never a target, a range keeps both bounds, and a date in the past is never
// a deadline.
func ExampleAnalyzeText_bounds() {
	ref := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"no more than twice a week",
		"2 to 3 meetings every other week",
		"I have been sober since March 1",
		"call 988 if I feel unsafe",
		"before my court date",
	} {
		a := goals.AnalyzeText(s, ref, nil)
		fmt.Printf("%s:", s)
		for _, m := range a.Matches {
			fmt.Printf(" %s", m.Rule)
			if m.Comparator != "" {
				fmt.Printf(" %s %g", m.Comparator, m.Amount)
			}
			if m.Upper != 0 {
				fmt.Printf(" to %g", m.Upper)
			}
			if m.Per != "" {
				fmt.Printf(" %s per %s", m.Unit, m.Per)
			}
			if m.Every != 0 {
				fmt.Printf(" every %d", m.Every)
			}
		}
		fmt.Println()
	}
	// Output:
	// no more than twice a week: quantity-frequency at-most 2 time per week
	// 2 to 3 meetings every other week: quantity-frequency range 2 to 3  per week every 2
	// I have been sober since March 1: past-tense past-since
	// call 988 if I feel unsafe:
	// before my court date: time-event
}

// UTF16Spans gives the offsets of the matches in UTF-16 code units, as a
// JavaScript String indexes them.
func ExampleTextAnalysis_UTF16Spans() {
	ref := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	text := "Café 🙂 by Friday"
	a := goals.AnalyzeText(text, ref, nil)
	fmt.Println("bytes:", a.Matches[0].Start, a.Matches[0].End, "UTF-16:", a.UTF16Spans(text))
	// Output:
	// bytes: 11 20 UTF-16: [{8 17}]
}
