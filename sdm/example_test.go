package sdm_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/sdm"
)

func ExampleDecisionRecord() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	program := uuid.MustParse("41000000-0000-4000-8000-000000000001")
	wait := uuid.MustParse("41000000-0000-4000-8000-000000000002")
	r := sdm.DecisionRecord{
		ID:       uuid.MustParse("40000000-0000-4000-8000-000000000001"),
		Question: "Where should I get naloxone training?",
		Options: []sdm.Option{
			{ID: program, Name: "community program", Benefits: []phi.Note{"free kit"}, Harms: []phi.Note{"two bus rides"},
				Evidence: "lay responders trained to give naloxone", Source: "public health guidance"},
			{ID: wait, Name: "wait for now", Benefits: []phi.Note{"no travel"}, Harms: []phi.Note{"no kit meanwhile"},
				Evidence: "training is how the program hands out kits", Source: "program rules"},
		},
		WhatMatters:  []phi.Words{"being ready if a friend overdoses"},
		Participants: []sdm.Participant{{Role: sdm.RolePerson}, {Role: sdm.RoleProvider, Consent: true}},
		Recommended:  program,
		Chosen:       wait,
		ChosenBy:     []sdm.Role{sdm.RolePerson},
		Stage:        sdm.StageDecided,
		DecidedAt:    at,
	}
	fmt.Println("valid:", r.Validate() == nil)
	fmt.Println("honors choice:", r.HonorsChoice())

	// The choice differs from the recommendation: once the risks are talked
	// through, the record honors the person's choice.
	r.RisksDiscussed = true
	fmt.Println("honors choice after talking risks through:", r.HonorsChoice())

	r.Stage = sdm.StageOptionTalk
	r.Options = r.Options[:1]
	err := r.Validate()
	var ve *recovery.ValidationError
	fmt.Println(errors.Is(err, recovery.ErrInvalid), errors.As(err, &ve) && ve.Has("options", "min"))
	// Output:
	// valid: true
	// honors choice: false
	// honors choice after talking risks through: true
	// true true
}

func ExampleDecisionRecord_Quality() {
	r := sdm.DecisionRecord{
		ID:       uuid.MustParse("40000000-0000-4000-8000-000000000002"),
		Question: "Which housing option do I pursue first?",
		Options: []sdm.Option{
			{ID: uuid.MustParse("41000000-0000-4000-8000-000000000003"), Name: "shared apartment",
				Benefits: []phi.Note{"sooner"}, Harms: []phi.Note{"roommates"}},
			{ID: uuid.MustParse("41000000-0000-4000-8000-000000000004"), Name: "wait for a studio",
				Benefits: []phi.Note{"privacy"}},
		},
		WhatMatters:  []phi.Words{"quiet to sleep"},
		Participants: []sdm.Participant{{Role: sdm.RolePerson}, {Role: sdm.RolePeer, Consent: true}},
		Stage:        sdm.StageOptionTalk,
	}
	q := r.Quality()
	fmt.Printf("score %.2f (%d of %d points)\n", q.Score, q.Points, q.Possible)
	for _, f := range q.Findings {
		mark := "next"
		if f.Met {
			mark = "met "
		}
		fmt.Printf("%s %-20s %s\n", mark, f.Code, f.Message)
	}
	// Output:
	// score 0.45 (45 of 100 points)
	// met  choice-clear         The decision is written as a question, so everyone knows there is a choice to make.
	// met  consent-recorded     The person agreed to involve each participant.
	// met  two-options          At least two options are on the table, so there is a real choice.
	// next benefits-harms       Listing at least one benefit and one harm for each option helps the person weigh them.
	// next evidence-sourced     Noting the evidence for each option and where it comes from helps the person judge the information.
	// met  preferences-elicited What matters most to the person is written down in their words.
	// next person-chose         When the person is ready, recording the option they choose, and that they chose it, keeps the decision theirs.
	// next risks-discussed      Talking the risks of the options through with the person honors their choice without leaving harmful risks unspoken.
	// next revisit-date         Setting a date to revisit the decision keeps it open to change as the person's recovery moves on.
}

func ExampleSDMQ9() {
	// reference worked example: raw 40 of 45.
	score, err := sdm.SDMQ9([]int{5, 4, 3, 5, 5, 4, 4, 5, 5})
	fmt.Printf("%.4f %v\n", score, err)

	_, err = sdm.SDMQ9([]int{5, 4, 6, 5, 5, 4, 4, 5, 5})
	fmt.Println(err)
	// Output:
	// 88.8889 <nil>
	// recovery: invalid input: items[2]: max=5
}

func ExampleSDMQDoc() {
	score, err := sdm.SDMQDoc([]int{5, 5, 5, 5, 5, 5, 5, 5, 5})
	fmt.Println(score, err)
	_, err = sdm.SDMQDoc([]int{5, 5, 5})
	fmt.Println(err)
	// Output:
	// 100 <nil>
	// recovery: invalid input: items: len=9
}

func ExampleCollaboRATE() {
	r, err := sdm.CollaboRATE([][]int{
		{9, 9, 9},
		{9, 8, 9},
		{9, 9, 9},
		{7, 8, 6},
		{9, 9}, // a missing item: excluded
	}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("top score %.1f%%, mean %.6f, n %d, excluded %d, reportable %v\n",
		r.TopScore, r.Mean, r.N, r.Excluded, r.Reportable)
	// Output:
	// top score 50.0%, mean 8.416667, n 4, excluded 1, reportable false
}

func ExampleSURE() {
	score, conflict := sdm.SURE([4]bool{true, true, false, true})
	fmt.Println(score, conflict)
	score, conflict = sdm.SURE([4]bool{true, true, true, true})
	fmt.Println(score, conflict)
	// Output:
	// 3 true
	// 4 false
}

func ExampleOPTION5() {
	score, err := sdm.OPTION5([]int{2, 1, 0, 3, 2})
	fmt.Println(score, err)
	// Output:
	// 40 <nil>
}

func ExampleDCS() {
	r, err := sdm.DCS([]int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 1})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s total %.4f band %s\n", sdm.DCSVersion, r.Total, r.Band)
	for _, s := range sdm.DCSSubscales() {
		fmt.Printf("%-18s items %v %8.4f\n", s, s.Items(), r.Subscale(s))
	}
	// Output:
	// dcs-16-statement-2010 total 29.6875 band moderate
	// informed           items [1 2 3]  16.6667
	// values-clarity     items [4 5 6]  33.3333
	// support            items [7 8 9]  25.0000
	// uncertainty        items [10 11 12]  58.3333
	// effective-decision items [13 14 15 16]  18.7500
}

// A response to CollaboRATE kept on the decision it is about, then a
// response given the wrong number of items and an answer off the scale.
func ExampleMeasureResponse() {
	at := time.Date(2026, time.March, 3, 9, 0, 0, 0, time.UTC)
	m := sdm.MeasureResponse{
		Instrument: sdm.InstrumentCollaboRATE,
		Version:    sdm.CollaboRATEVersion10,
		Respondent: sdm.RolePerson,
		AnsweredAt: at,
		Items:      []int{9, 8, 9},
	}
	fmt.Println(m, m.Validate())
	res, _ := sdm.CollaboRATE([][]int{m.Items}, &sdm.CollaboRATEOptions{Version: m.Version})
	fmt.Printf("mean %.2f, top score %v\n", res.Mean, res.Top == 1)

	n, top := sdm.InstrumentSURE.Items("")
	fmt.Printf("SURE: %d items, 0 to %d\n", n, top)
	bad := sdm.MeasureResponse{Instrument: sdm.InstrumentSURE, Respondent: sdm.RolePerson, AnsweredAt: at, Items: []int{1, 2, 1, 1}}
	fmt.Println(bad.Validate())
	// Output:
	// measure collaborate items=3 <nil>
	// mean 8.67, top score false
	// SURE: 4 items, 0 to 1
	// recovery: invalid input: items[1]: max=1
}
