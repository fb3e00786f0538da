package recoverytest

import (
	"fmt"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// ScenarioAt is the peer-support scenario's reference time, Monday 2 March
// 2026, 10:00 UTC.
var ScenarioAt = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// ScenarioID returns the scenario's fixed UUID of a kind and number:
// "KK000000-0000-4000-8000-NNNNNNNNNNNN", with the kind's two hex digits and
// the number in hex.
func ScenarioID(kind Kind, n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("%02x000000-0000-4000-8000-%012x", int(kind), n))
}

// Kind is the kind of part a scenario ID names: its first two hex digits.
type Kind int

// The kinds of the scenario's IDs.
const (
	KindGoal      Kind = 0x10
	KindStep      Kind = 0x11
	KindStrength  Kind = 0x20
	KindCrisis    Kind = 0x30
	KindDecision  Kind = 0x40
	KindOption    Kind = 0x41
	KindSupporter Kind = 0x50
	KindPlan      Kind = 0x60
	KindOther     Kind = 0x70
)

func intp(n int) *int { return &n }

// Scenario returns the peer-support scenario as a whole plan: every criterion of the
// rubric met.
func Scenario() recovery.Plan {
	day := 24 * time.Hour
	g := func(n int, stmt string, area life.Area, imp, order int, why string, builds ...uuid.UUID) goals.SMARTGoal {
		return goals.SMARTGoal{
			ID: ScenarioID(KindGoal, n), Statement: phi.Words(stmt), Area: area, Term: goals.TermShort,
			Status: goals.StatusActive, Importance: imp, Order: order,
			Measure: "I will count the calls I make each week", Why: phi.Words(why),
			Confidence: intp(7), Start: ScenarioAt, Due: ScenarioAt.Add(28 * day), BuildsOn: builds,
			Steps: []goals.Step{{ID: ScenarioID(KindStep, n), Action: "I will call at least 3 people by Friday", Due: ScenarioAt.Add(4 * day)}},
		}
	}
	return recovery.Plan{
		ID: ScenarioID(KindPlan, 1), Version: 1, Status: recovery.StatusActive, PersonID: "P-0001",
		Vision: "I want a home of my own and my brother back in my life.",
		Strengths: strengths.Assessment{
			ID: ScenarioID(KindOther, 1), AssessedAt: ScenarioAt.Add(-7 * day),
			Strengths: []strengths.Strength{
				{ID: ScenarioID(KindStrength, 1), Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
					Statement: "My brother Sam and I were always close.", Source: strengths.SourceSelf},
				{ID: ScenarioID(KindStrength, 2), Area: life.AreaEmployment, Kind: strengths.KindSkill, Timeframe: strengths.TimeframePast,
					Statement: "I am good at fixing things; I ran a repair shop.", Source: strengths.SourceSelf},
				{ID: ScenarioID(KindStrength, 3), Area: life.AreaPersonal, Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent,
					Statement: "I keep going when things get hard.", Source: strengths.SourceSelf},
			},
			Priorities: []uuid.UUID{ScenarioID(KindStrength, 1)},
		},
		Goals: []goals.SMARTGoal{
			g(1, "I want to get back in touch with my brother", life.AreaSocial, 1, 3, "Sam is my family.", ScenarioID(KindStrength, 1)),
			g(2, "I want to quit smoking", life.AreaHealth, 4, 5, "I want to breathe easier.", ScenarioID(KindStrength, 3)),
			g(3, "I want to go to a naloxone training", life.AreaHealth, 3, 2, "I want to be able to help a friend.", ScenarioID(KindStrength, 3)),
			g(4, "I want to find a place to live", life.AreaHousing, 2, 1, "A home is where I can rest.", ScenarioID(KindStrength, 3)),
			g(5, "I want to get a better job", life.AreaEmployment, 4, 4, "I like to work with my hands.", ScenarioID(KindStrength, 2)),
			{
				ID: ScenarioID(KindGoal, 6), Statement: "I want to run my own repair shop again", Area: life.AreaEmployment,
				Term: goals.TermLong, Status: goals.StatusPlanned, Importance: 6, Order: 6,
				Why: "Fixing things is who I am.", BuildsOn: []uuid.UUID{ScenarioID(KindStrength, 2)},
			},
		},
		Overdose: &crisis.OverdosePlan{
			ID:               ScenarioID(KindCrisis, 1),
			EmergencyNumbers: []phi.Phone{"911", "988"},
			NaloxoneLocation: "In my backpack, front pocket",
			NaloxoneCarrier: crisis.Contact{Name: "Alex", Relationship: "friend", Phone: "555-0142",
				SupporterID: ScenarioID(KindSupporter, 2), Consent: true},
			CheckIn: crisis.Contact{Name: "Jordan", Relationship: "peer specialist", Phone: "555-0143",
				SupporterID: ScenarioID(KindSupporter, 1), Consent: true},
			CheckInBy:             []crisis.Channel{crisis.ChannelText, crisis.ChannelPhone},
			CheckInHow:            "Text me; call if I do not answer in an hour.",
			OtherSteps:            []phi.Words{"I will not use alone."},
			RisksReviewed:         crisis.Risks(),
			NaloxoneTrained:       true,
			GoodSamaritanReviewed: true,
			NaloxoneExpires:       ScenarioAt.AddDate(1, 0, 0),
			Reviewed:              ScenarioAt.Add(-2 * day),
		},
		Decisions: []sdm.DecisionRecord{{
			ID: ScenarioID(KindDecision, 1), Question: "Where should I get naloxone training?",
			Options: []sdm.Option{
				{ID: ScenarioID(KindOption, 1), Name: "the harm-reduction program", Benefits: []phi.Note{"free kit"}, Harms: []phi.Note{"across town"},
					Evidence: "kits and training on site", Source: "program leaflet"},
				{ID: ScenarioID(KindOption, 2), Name: "the pharmacy", Benefits: []phi.Note{"close by"}, Harms: []phi.Note{"short session"},
					Evidence: "pharmacist shows the kit", Source: "pharmacist"},
			},
			WhatMatters:    []phi.Words{"Learning with people who get it."},
			Participants:   []sdm.Participant{{Role: sdm.RolePerson}, {ID: ScenarioID(KindSupporter, 1), Role: sdm.RolePeer, Consent: true}},
			Chosen:         ScenarioID(KindOption, 1),
			ChosenBy:       []sdm.Role{sdm.RolePerson},
			Stage:          sdm.StageDecided,
			DecidedAt:      ScenarioAt.Add(-1 * day),
			RevisitBy:      ScenarioAt.Add(30 * day),
			RisksDiscussed: true,
			Goals:          []uuid.UUID{ScenarioID(KindGoal, 3)},
		}},
		Supports: []recovery.Supporter{
			{ID: ScenarioID(KindSupporter, 1), Name: "Jordan", Role: recovery.SupporterRolePeerSpecialist, Relationship: "my peer specialist",
				Phone: "555-0143", ConsentToInvolve: true, ConsentToShare: true, ConsentedAt: ScenarioAt.Add(-7 * day)},
			{ID: ScenarioID(KindSupporter, 2), Name: "Alex", Role: recovery.SupporterRoleFriend, Relationship: "my friend",
				Phone: "555-0142", Email: "alex@example.org", ConsentToInvolve: true, ConsentToShare: false, ConsentedAt: ScenarioAt.Add(-7 * day)},
			{ID: ScenarioID(KindSupporter, 3), Name: "Sam", Role: recovery.SupporterRoleFamily, Relationship: "my brother",
				Phone: "555-0144", ConsentToInvolve: true, ConsentToShare: true, ConsentedAt: ScenarioAt.Add(-7 * day)},
		},
		CoCreators: []recovery.CoCreator{{Role: sdm.RolePerson}, {Role: sdm.RolePeer, SupporterID: ScenarioID(KindSupporter, 1)}},
		Created:    ScenarioAt.Add(-7 * day),
		AgreedAt:   ScenarioAt.Add(-6 * day),
		Reviewed:   ScenarioAt.Add(-1 * day),
	}
}

// SparseScenario returns is a valid plan with little in it: one vague goal, nothing else.
func SparseScenario() recovery.Plan {
	return recovery.Plan{
		ID: ScenarioID(KindPlan, 2), Version: 1, Status: recovery.StatusDraft, PersonID: "P-0002",
		Goals: []goals.SMARTGoal{{
			ID: ScenarioID(KindGoal, 1), Statement: "Client is non-compliant and needs a better job", Area: life.AreaHealth,
			Term: goals.TermShort, Status: goals.StatusProposed,
		}},
		Created: ScenarioAt.Add(-200 * 24 * time.Hour),
	}
}

// IdentifyingScenario returns the [Scenario] plan with every field that can carry a name, a
// phone number or an email address filled in.
func IdentifyingScenario() recovery.Plan {
	p := Scenario()
	p.Safety = &crisis.SafetyPlan{
		ID:               ScenarioID(KindCrisis, 2),
		WarningSigns:     []phi.Words{"I stop answering Sam at 555-0144"},
		AskForHelp:       []crisis.Contact{{Name: "Sam", Relationship: "brother", Phone: "555-0144", SupporterID: ScenarioID(KindSupporter, 3), Consent: true}},
		ProfessionalHelp: []crisis.Contact{{Name: "Dr. Rivera", Phone: "(555) 014-9999"}},
		Reviewed:         ScenarioAt,
	}
	p.Toolbox = &crisis.Toolbox{ID: ScenarioID(KindCrisis, 3), Tools: []crisis.Tool{{Section: crisis.SectionCalmDown, Text: "Call Alex on +1 555 014 2222"}}}
	p.Decisions[0].Participants[1].Name = "Jordan"
	p.Strengths.Strengths[0].Statement = "Sam and I were always close; mail me at sam.doe@example.org."
	return p
}
