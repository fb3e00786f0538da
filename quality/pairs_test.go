package quality_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// pair is two versions of a plan where any peer specialist would say which
// is better, and why.
type pair struct {
	name          string
	better, worse func() recovery.Plan
}

// midPlan is a plan half way there: Dana's own goals, two strengths, a
// friend who is involved, a pocket plan begun, reviewed two weeks ago, and no
// decision yet. Pairs improve it or take something from it.
func midPlan() recovery.Plan {
	day := 24 * time.Hour
	return recovery.Plan{
		ID: id(recoverytest.KindPlan, 20), Version: 2, Status: recovery.StatusActive, PersonID: "P-0020",
		Strengths: strengths.Assessment{
			ID: id(recoverytest.KindOther, 20), AssessedAt: at.Add(-30 * day),
			Strengths: []strengths.Strength{
				{ID: id(recoverytest.KindStrength, 21), Area: life.AreaLeisure, Kind: strengths.KindSkill, Timeframe: strengths.TimeframeCurrent,
					Statement: "I cook for my whole building on Sundays.", Source: strengths.SourceSelf},
				{ID: id(recoverytest.KindStrength, 22), Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
					Statement: "My friend Lee has my back.", Source: strengths.SourceSelf},
			},
		},
		Goals: []goals.SMARTGoal{
			{ID: id(recoverytest.KindGoal, 21), Statement: "I want to get my food handler card", Area: life.AreaEmployment, Term: goals.TermShort,
				Status: goals.StatusActive, Importance: 1, Order: 1, Why: "So I can cook for a living.",
				BuildsOn: []uuid.UUID{id(recoverytest.KindStrength, 21)}, Start: at, Due: at.Add(45 * day),
				Steps: []goals.Step{{ID: id(recoverytest.KindStep, 21), Action: "I will sign up for the class by Friday", Due: at.Add(4 * day)}}},
			{ID: id(recoverytest.KindGoal, 22), Statement: "I want to sleep better", Area: life.AreaHealth, Term: goals.TermShort,
				Status: goals.StatusActive, Importance: 2, Order: 2},
			{ID: id(recoverytest.KindGoal, 23), Statement: "I want to open a food truck one day", Area: life.AreaEmployment, Term: goals.TermLong,
				Status: goals.StatusPlanned, Importance: 3, Order: 3, Why: "To be my own boss."},
		},
		Overdose: &crisis.OverdosePlan{
			ID: id(recoverytest.KindCrisis, 20), EmergencyNumbers: []phi.Phone{"911"}, NaloxoneLocation: "Kitchen drawer",
			NaloxoneCarrier: crisis.Contact{Name: "Lee", Phone: "555-0150", SupporterID: id(recoverytest.KindSupporter, 20), Consent: true},
			Reviewed:        at.Add(-14 * day),
		},
		Supports: []recovery.Supporter{
			{ID: id(recoverytest.KindSupporter, 20), Name: "Lee", Role: recovery.SupporterRoleFriend, Relationship: "my friend",
				Phone: "555-0150", ConsentToInvolve: true, ConsentedAt: at.Add(-30 * day)},
		},
		CoCreators: []recovery.CoCreator{{Role: sdm.RolePerson}},
		Created:    at.Add(-60 * day),
		AgreedAt:   at.Add(-59 * day),
		Reviewed:   at.Add(-14 * day),
	}
}

// with returns a plan maker: base's plan changed by edit.
func with(base func() recovery.Plan, edit func(p *recovery.Plan)) func() recovery.Plan {
	return func() recovery.Plan {
		p := base()
		edit(&p)
		return p
	}
}

// decision is a decision about naloxone training, chosen by roles.
func decision(n int, chosenBy ...sdm.Role) sdm.DecisionRecord {
	d := sdm.DecisionRecord{
		ID: id(recoverytest.KindDecision, n), Question: "Where should I get naloxone training?",
		Options: []sdm.Option{
			{ID: id(recoverytest.KindOption, 10*n+1), Name: "the harm-reduction program", Benefits: []phi.Note{"free kit"}, Harms: []phi.Note{"across town"},
				Evidence: "kits and training on site", Source: "program leaflet"},
			{ID: id(recoverytest.KindOption, 10*n+2), Name: "the pharmacy", Benefits: []phi.Note{"close by"}, Harms: []phi.Note{"short session"},
				Evidence: "pharmacist shows the kit", Source: "pharmacist"},
		},
		WhatMatters:    []phi.Words{"Learning with people who get it."},
		Participants:   []sdm.Participant{{Role: sdm.RolePerson}, {ID: id(recoverytest.KindSupporter, 20), Role: sdm.RolePeer, Consent: true}},
		Chosen:         id(recoverytest.KindOption, 10*n+1),
		ChosenBy:       chosenBy,
		Stage:          sdm.StageDecided,
		DecidedAt:      at.Add(-24 * time.Hour),
		RevisitBy:      at.Add(30 * 24 * time.Hour),
		RisksDiscussed: true,
	}
	return d
}

// tunedPairs are the pairs the rubric's rules were written against.
var tunedPairs = []pair{
	{"goals in the person's words, not a provider's", midPlan, with(midPlan, func(p *recovery.Plan) {
		p.Goals[0].Statement = "Client will obtain food handler certification"
		p.Goals[1].Statement = "Patient to improve sleep hygiene"
	})},
	{"a pocket plan rather than none", midPlan, with(midPlan, func(p *recovery.Plan) { p.Overdose = nil })},
	{"the person's own choice, not the provider's alone", with(midPlan, func(p *recovery.Plan) {
		p.Decisions = []sdm.DecisionRecord{decision(20, sdm.RolePerson)}
	}), with(midPlan, func(p *recovery.Plan) {
		p.Decisions = []sdm.DecisionRecord{decision(20, sdm.RoleProvider)}
	})},
	{"a decision under way with the person rather than the provider's lone choice", with(midPlan, func(p *recovery.Plan) {
		d := decision(20)
		d.Chosen, d.Stage, d.DecidedAt, d.RevisitBy = uuid.Nil, sdm.StageOptionTalk, time.Time{}, time.Time{}
		p.Decisions = []sdm.DecisionRecord{d}
	}), with(midPlan, func(p *recovery.Plan) {
		p.Decisions = []sdm.DecisionRecord{decision(20, sdm.RoleProvider)}
	})},
	{"goals the person ranked, with a tie, rather than none ranked", midPlan, with(midPlan, func(p *recovery.Plan) {
		for i := range p.Goals {
			p.Goals[i].Importance, p.Goals[i].Order = 0, 0
		}
	})},
	{"two goals placed side by side by the person, rather than unplaced", with(midPlan, func(p *recovery.Plan) {
		p.Goals[1].Order = p.Goals[0].Order
	}), with(midPlan, func(p *recovery.Plan) { p.Goals[1].Order = 0 })},
	{"reviewed two weeks ago rather than never", midPlan, with(midPlan, func(p *recovery.Plan) {
		p.Reviewed, p.AgreedAt = time.Time{}, time.Time{}
	})},
	{"reviewed four months ago rather than never", with(midPlan, func(p *recovery.Plan) {
		p.Reviewed, p.AgreedAt = at.AddDate(0, -4, 0), at.AddDate(0, -4, 0)
	}), with(midPlan, func(p *recovery.Plan) { p.Reviewed, p.AgreedAt = time.Time{}, time.Time{} })},
	{"goals that say why they matter", with(midPlan, func(p *recovery.Plan) { p.Goals[1].Why = "I feel like myself when I sleep." }), midPlan},
	{"a friend involved with consent rather than only staff", midPlan, with(midPlan, func(p *recovery.Plan) {
		p.Supports[0].Role = recovery.SupporterRoleProvider
	})},
	{"a recorded no to involving a parent rather than a parent listed and never asked", with(midPlan, func(p *recovery.Plan) {
		p.Supports = append(p.Supports, recovery.Supporter{ID: id(recoverytest.KindSupporter, 21), Name: "Ray", Role: recovery.SupporterRoleFamily,
			Relationship: "my father", ConsentedAt: at.Add(-30 * 24 * time.Hour)})
	}), with(midPlan, func(p *recovery.Plan) {
		p.Supports = append(p.Supports, recovery.Supporter{ID: id(recoverytest.KindSupporter, 21), Name: "Ray", Role: recovery.SupporterRoleFamily,
			Relationship: "my father"})
	})},
	{"a vision in the person's words rather than none", with(midPlan, func(p *recovery.Plan) {
		p.Vision = "A kitchen of my own and my kids at my table."
	}), midPlan},
	{"a SMART goal rather than a vague one", midPlan, with(midPlan, func(p *recovery.Plan) {
		p.Goals[0].Statement, p.Goals[0].Due, p.Goals[0].Steps = "I want to try to do better with work stuff", time.Time{}, nil
	})},
	{"a dated first step rather than none", with(midPlan, func(p *recovery.Plan) {
		p.Goals[1].Steps = []goals.Step{{ID: id(recoverytest.KindStep, 22), Action: "I will turn my phone off at 10 tonight", Due: at.Add(24 * time.Hour)}}
	}), midPlan},
	{"a long-term goal rather than none", midPlan, with(midPlan, func(p *recovery.Plan) { p.Goals = p.Goals[:2] })},
	{"goals built on the person's strengths", midPlan, with(midPlan, func(p *recovery.Plan) { p.Goals[0].BuildsOn = nil })},
	{"person-first wording in the team's decision notes", with(midPlan, func(p *recovery.Plan) {
		p.Decisions = []sdm.DecisionRecord{decision(20, sdm.RolePerson)}
	}), with(midPlan, func(p *recovery.Plan) {
		p.Decisions = []sdm.DecisionRecord{decision(20, sdm.RolePerson)}
		p.Decisions[0].Options[0].Evidence = "good program for addicts who relapse"
	})},
	{"naloxone expiry checked, though passed, rather than never", with(midPlan, func(p *recovery.Plan) {
		p.Overdose.NaloxoneExpires = at.AddDate(0, 0, -5)
	}), midPlan},
	{"the pocket plan reviewed 91 days ago rather than never", with(midPlan, func(p *recovery.Plan) {
		p.Overdose.Reviewed = at.AddDate(0, 0, -91)
	}), with(midPlan, func(p *recovery.Plan) { p.Overdose.Reviewed = time.Time{} })},
	{"a safety plan begun beside the pocket plan", with(midPlan, func(p *recovery.Plan) {
		p.Safety = &crisis.SafetyPlan{ID: id(recoverytest.KindCrisis, 2), WarningSigns: []phi.Words{"I stop answering my phone"}}
	}), midPlan},
	{"a wellness toolbox added", with(midPlan, func(p *recovery.Plan) {
		p.Toolbox = &crisis.Toolbox{ID: id(recoverytest.KindCrisis, 21), Tools: []crisis.Tool{{Section: crisis.SectionSleep, Text: "Chamomile tea and no screens"}},
			EarlyWarningSigns: []crisis.Cue{{Text: "I skip meals", Action: "I call Lee"}}}
	}), midPlan},
	{"a second decision under way beside the first", with(midPlan, func(p *recovery.Plan) {
		first := decision(20, sdm.RolePerson)
		first.RevisitBy = time.Time{}
		p.Decisions = []sdm.DecisionRecord{first, {
			ID: id(recoverytest.KindDecision, 21), Question: "Should I move in with my sister?", Stage: sdm.StageTeamTalk,
			Participants: []sdm.Participant{{Role: sdm.RolePerson}}}}
	}), with(midPlan, func(p *recovery.Plan) {
		first := decision(20, sdm.RolePerson)
		first.RevisitBy = time.Time{}
		p.Decisions = []sdm.DecisionRecord{first}
	})},
	{"goals across four areas of life rather than two", with(midPlan, func(p *recovery.Plan) {
		p.Goals[1].Area = life.AreaHousing
		p.Goals[2].Area = life.AreaFinances
	}), with(midPlan, func(p *recovery.Plan) {
		p.Goals[1].Area = life.AreaEmployment
		p.Strengths.Strengths[0].Area, p.Strengths.Strengths[1].Area = life.AreaEmployment, life.AreaEmployment
	})},
	{"strengths the person named, rather than a provider's list", midPlan, with(midPlan, func(p *recovery.Plan) {
		for i := range p.Strengths.Strengths {
			p.Strengths.Strengths[i].Source = strengths.SourceProvider
		}
		p.Strengths.Strengths[0].Statement = "Patient is compliant with medication."
		p.Strengths.Strengths[1].Statement = "Has a friend."
	})},
	{"the person's self-description rather than a clinician's label", with(midPlan, func(p *recovery.Plan) {
		p.Strengths.Strengths = append(p.Strengths.Strengths, strengths.Strength{ID: id(recoverytest.KindStrength, 23), Area: life.AreaHealth,
			Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent, Statement: "I'm an addict and proud of a year clean.", Source: strengths.SourceSelf})
	}), with(midPlan, func(p *recovery.Plan) {
		p.Strengths.Strengths = append(p.Strengths.Strengths, strengths.Strength{ID: id(recoverytest.KindStrength, 23), Area: life.AreaHealth,
			Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent, Statement: "Patient is an addict with a history of relapse.", Source: strengths.SourceProvider})
	})},
	{"a plan agreed by the person", midPlan, with(midPlan, func(p *recovery.Plan) { p.AgreedAt = time.Time{} })},
	{"the person among those who wrote the plan", midPlan, with(midPlan, func(p *recovery.Plan) {
		p.CoCreators = []recovery.CoCreator{{Role: sdm.RoleProvider}}
	})},
	{"risks talked through on a decision with harms", with(midPlan, func(p *recovery.Plan) {
		p.Decisions = []sdm.DecisionRecord{decision(20, sdm.RolePerson)}
	}), with(midPlan, func(p *recovery.Plan) {
		p.Decisions = []sdm.DecisionRecord{decision(20, sdm.RolePerson)}
		p.Decisions[0].RisksDiscussed = false
	})},
	{"a check-in person who knows how to check on the person", with(midPlan, func(p *recovery.Plan) {
		p.Overdose.CheckIn = crisis.Contact{Name: "Lee", Phone: "555-0150", SupporterID: id(recoverytest.KindSupporter, 20), Consent: true}
		p.Overdose.CheckInBy = []crisis.Channel{crisis.ChannelText}
		p.Overdose.CheckInHow = "Text me at 9; knock if I don't answer."
	}), with(midPlan, func(p *recovery.Plan) {
		p.Overdose.CheckIn = crisis.Contact{Name: "Lee", Phone: "555-0150", SupporterID: id(recoverytest.KindSupporter, 20), Consent: true}
		p.Overdose.CheckInBy = []crisis.Channel{crisis.ChannelText}
	})},
	{"the whole rich plan rather than a sparse draft", richPlan, sparsePlan},
	{"a plan in the person's Spanish rather than the staff's English third person", with(midPlan, func(p *recovery.Plan) {
		p.Goals[0].Statement = "Quiero sacar mi tarjeta de manipulador de alimentos"
		p.Goals[1].Statement = "Quiero dormir mejor"
		p.Strengths.Strengths[0].Statement = "Cocino para todo mi edificio los domingos."
	}), with(midPlan, func(p *recovery.Plan) {
		p.Goals[0].Statement = "Client will obtain a food handler card"
		p.Goals[1].Statement = "Client will improve sleep"
	})},
}

func TestPairsTuned(t *testing.T) {
	correct := 0
	for _, pp := range tunedPairs {
		b := quality.Score(pp.better(), at, nil)
		w := quality.Score(pp.worse(), at, nil)
		if assert.Greater(t, b.Total, w.Total, "%s: better %.2f, worse %.2f", pp.name, b.Total, w.Total) {
			correct++
		}
	}
	assert.GreaterOrEqual(t, len(tunedPairs), 30)
	t.Logf("tuned pairs: %d of %d correct (%.0f%%)", correct, len(tunedPairs), 100*float64(correct)/float64(len(tunedPairs)))
}
