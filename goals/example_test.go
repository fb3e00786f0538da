package goals_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
)

func ExampleRank() {
	gs := []goals.SMARTGoal{
		{Statement: "I want to get back in touch with my brother", Importance: 1},
		{Statement: "I want to quit smoking", Importance: 4},
		{Statement: "I want to go to a naloxone training", Importance: 3},
		{Statement: "I want to find a place to live", Importance: 2},
		{Statement: "I want to get a better job", Importance: 4},
	}
	for _, r := range goals.Rank(gs) {
		tie := ""
		if r.Tied {
			tie = " (shares this place: the person decides)"
		}
		fmt.Printf("%d. %s%s\n", r.Place, r.Goal.Statement, tie)
	}
	// Output:
	// 1. I want to get back in touch with my brother
	// 2. I want to find a place to live
	// 3. I want to go to a naloxone training
	// 4. I want to quit smoking (shares this place: the person decides)
	// 4. I want to get a better job (shares this place: the person decides)
}

func ExampleNewTimeline() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	housing := goals.SMARTGoal{
		ID: uuid.MustParse("10000000-0000-4000-8000-000000000004"), Statement: "I want to find a place to live",
		Order: 1, Status: goals.StatusActive, Due: at.AddDate(0, 1, 0),
		Steps: []goals.Step{
			{ID: uuid.MustParse("11000000-0000-4000-8000-000000000001"), Action: "I will look on Craigslist for rentals for no more than 1 hour", Due: at.AddDate(0, 0, 7), Done: at.AddDate(0, 0, 2)},
			{ID: uuid.MustParse("11000000-0000-4000-8000-000000000002"), Action: "I will list at least 5 possible rentals and will call at least 3", Due: at.AddDate(0, 0, 7)},
		},
	}
	training := goals.SMARTGoal{
		ID: uuid.MustParse("10000000-0000-4000-8000-000000000003"), Statement: "I want to go to a naloxone training",
		Order: 2, Status: goals.StatusActive, Due: at.AddDate(0, 0, 3),
	}
	tl := goals.NewTimeline([]goals.SMARTGoal{training, housing})
	for i, g := range tl.Goals() {
		fmt.Printf("%d. %s\n", i+1, g.Statement)
	}
	for _, it := range tl.Items() {
		kind := "goal"
		if it.IsStep() {
			kind = "step"
		}
		fmt.Printf("%s %s open=%t\n", it.Due.Format("Mon Jan 2"), kind, it.Open)
	}
	next, _ := tl.Next(at.AddDate(0, 0, 4))
	fmt.Println("next:", next.Due.Format("Mon Jan 2"), next.Step)
	// Output:
	// 1. I want to find a place to live
	// 2. I want to go to a naloxone training
	// Thu Mar 5 goal open=true
	// Mon Mar 9 step open=false
	// Mon Mar 9 step open=true
	// Thu Apr 2 goal open=true
	// next: Mon Mar 9 11000000-0000-4000-8000-000000000002
}

func ExampleTimeline_Clashes() {
	gs := []goals.SMARTGoal{
		{ID: uuid.MustParse("10000000-0000-4000-8000-000000000001"), Order: 1},
		{ID: uuid.MustParse("10000000-0000-4000-8000-000000000002"), Order: 1},
	}
	for _, c := range goals.NewTimeline(gs).Clashes() {
		fmt.Printf("position %d was given to %d goals; ask the person which comes first, if it matters to them\n", c.Order, len(c.Goals))
	}
	// Output:
	// position 1 was given to 2 goals; ask the person which comes first, if it matters to them
}

func ExampleSMARTGoal_Validate() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	g := goals.SMARTGoal{
		ID:        uuid.MustParse("10000000-0000-4000-8000-000000000004"),
		Statement: "I want to find a place to live",
		Area:      life.AreaHousing,
		Term:      goals.TermShort,
		Status:    goals.StatusActive,
		Start:     at,
		Steps: []goals.Step{
			{ID: uuid.MustParse("11000000-0000-4000-8000-000000000001"), Action: "I will call at least 3", Due: at.AddDate(0, 0, -1)},
			{ID: uuid.MustParse("11000000-0000-4000-8000-000000000001"), Action: "I will bring the notes"},
		},
	}
	err := g.Validate()
	var ve *recovery.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// steps[0].due: after-start
	// steps[1].id: unique
}

func ExampleSMARTGoal_Progress() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	g := goals.SMARTGoal{Steps: []goals.Step{
		{ID: uuid.MustParse("11000000-0000-4000-8000-000000000001"), Due: at.AddDate(0, 0, 7), Done: at.AddDate(0, 0, 1)},
		{ID: uuid.MustParse("11000000-0000-4000-8000-000000000002"), Due: at.AddDate(0, 0, 7)},
		{ID: uuid.MustParse("11000000-0000-4000-8000-000000000003"), Due: at.AddDate(0, 0, 14)},
	}}
	p := g.Progress()
	fmt.Printf("%d of %d steps done; next %s; soonest %s due %s\n", p.Done, p.Total, p.Next, p.Soonest, p.SoonestDue.Format("Mon Jan 2"))
	// Output:
	// 1 of 3 steps done; next 11000000-0000-4000-8000-000000000002; soonest 11000000-0000-4000-8000-000000000002 due Mon Mar 9
}

func ExampleTScore() {
	// Subject S01 of the gasr R package's README, five goals, unweighted.
	levels := []goals.Level{goals.LevelMuchMore, goals.LevelMore, goals.LevelExpected, goals.LevelMuchLess, goals.LevelMore}
	t, err := goals.TScore(levels, nil, goals.DefaultRho)
	fmt.Printf("%.5f %v\n", t, err)
	// Weighted by importance × difficulty: 3×2, 2×3, 1×1.
	t, _ = goals.TScore([]goals.Level{0, 1, -1}, []float64{6, 6, 1}, goals.DefaultRho)
	fmt.Printf("%.5f\n", t)
	_, err = goals.TScore([]goals.Level{0, 3}, nil, 1)
	fmt.Println(err)
	// Output:
	// 56.03023 <nil>
	// 54.95560
	// recovery: invalid input: levels[1]: valid; rho: range=[0,1)
}

func ExampleChangeScore() {
	baseline := []goals.Level{goals.LevelLess, goals.LevelLess, goals.LevelLess}
	followUp := []goals.Level{goals.LevelExpected, goals.LevelMore, goals.LevelLess}
	change, _ := goals.ChangeScore(baseline, followUp, []float64{6, 6, 1}, goals.DefaultRho)
	fmt.Printf("%+.2f\n", change)
	// Output:
	// +17.84
}

func ExampleSummarizeGAS() {
	level := func(l goals.Level) *goals.Level { return &l }
	gs := []goals.SMARTGoal{
		{Attainment: &goals.GAS{Baseline: level(goals.LevelLess), FollowUp: level(goals.LevelExpected), ImportanceRating: 3, DifficultyRating: 2}},
		{Attainment: &goals.GAS{Baseline: level(goals.LevelLess), FollowUp: level(goals.LevelMore), ImportanceRating: 2, DifficultyRating: 3}},
		{Attainment: &goals.GAS{Baseline: level(goals.LevelLess), FollowUp: level(goals.LevelLess), ImportanceRating: 1, DifficultyRating: 1}},
		{Attainment: &goals.GAS{Baseline: level(goals.LevelLess)}}, // not followed up yet
		{Status: goals.StatusEnteredInError, // never the person's goal
			Attainment: &goals.GAS{Baseline: level(goals.LevelMuchLess), FollowUp: level(goals.LevelMuchMore), ImportanceRating: 3, DifficultyRating: 3}},
	}
	s, _ := goals.SummarizeGAS(gs, &goals.GASOptions{Weighted: true})
	fmt.Printf("%d goals: baseline %.1f, follow-up %.1f, change %+.1f\n", s.Goals, s.Baseline, s.FollowUp, s.Change)
	for _, o := range s.Omitted {
		fmt.Printf("left out: goal %d, %s\n", o.Index, o.Reason)
	}
	// Output:
	// 3 goals: baseline 37.1, follow-up 55.0, change +17.8
	// left out: goal 3, not-followed-up
	// left out: goal 4, entered-in-error
}
