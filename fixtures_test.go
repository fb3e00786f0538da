package recovery_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// at is the scenario's reference time (a Monday).
var at = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// id returns the scenario's fixed UUID of a kind (the first two hex digits)
// and number.
func id(kind, n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("%02x000000-0000-4000-8000-%012x", kind, n))
}

const (
	kGoal      = 0x10
	kStep      = 0x11
	kStrength  = 0x20
	kCrisis    = 0x30
	kDecision  = 0x40
	kSupporter = 0x50
	kPlan      = 0x60
	kOption    = 0x41
	kOther     = 0x70
)

func intp(n int) *int { return &n }

// richPlan is the peer-support scenario as a whole plan: every criterion of the
// rubric met.
func richPlan() recovery.Plan {
	day := 24 * time.Hour
	g := func(n int, stmt string, area life.Area, imp, order int, why string, builds ...uuid.UUID) goals.SMARTGoal {
		return goals.SMARTGoal{
			ID: id(kGoal, n), Statement: stmt, Area: area, Term: goals.TermShort,
			Status: goals.StatusActive, Importance: imp, Order: order,
			Measure: "I will count the calls I make each week", Why: why,
			Confidence: intp(7), Start: at, Due: at.Add(28 * day), BuildsOn: builds,
			Steps: []goals.Step{{ID: id(kStep, n), Action: "I will call at least 3 people by Friday", Due: at.Add(4 * day)}},
		}
	}
	return recovery.Plan{
		ID: id(kPlan, 1), Version: 1, Status: recovery.StatusActive, PersonID: "P-0001",
		Vision: "I want a home of my own and my brother back in my life.",
		Strengths: strengths.Assessment{
			ID: id(kOther, 1), AssessedAt: at.Add(-7 * day),
			Strengths: []strengths.Strength{
				{ID: id(kStrength, 1), Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.Current,
					Statement: "My brother Sam and I were always close.", Source: strengths.SourceSelf},
				{ID: id(kStrength, 2), Area: life.AreaEmployment, Kind: strengths.KindSkill, Timeframe: strengths.Past,
					Statement: "I am good at fixing things; I ran a repair shop.", Source: strengths.SourceSelf},
				{ID: id(kStrength, 3), Area: life.AreaPersonal, Kind: strengths.KindQuality, Timeframe: strengths.Current,
					Statement: "I keep going when things get hard.", Source: strengths.SourceSelf},
			},
			Priorities: []uuid.UUID{id(kStrength, 1)},
		},
		Goals: []goals.SMARTGoal{
			g(1, "I want to get back in touch with my brother", life.AreaSocial, 1, 3, "Sam is my family.", id(kStrength, 1)),
			g(2, "I want to quit smoking", life.AreaHealth, 4, 5, "I want to breathe easier.", id(kStrength, 3)),
			g(3, "I want to go to a naloxone training", life.AreaHealth, 3, 2, "I want to be able to help a friend.", id(kStrength, 3)),
			g(4, "I want to find a place to live", life.AreaHousing, 2, 1, "A home is where I can rest.", id(kStrength, 3)),
			g(5, "I want to get a better job", life.AreaEmployment, 4, 4, "I like to work with my hands.", id(kStrength, 2)),
			{
				ID: id(kGoal, 6), Statement: "I want to run my own repair shop again", Area: life.AreaEmployment,
				Term: goals.TermLong, Status: goals.StatusPlanned, Importance: 6, Order: 6,
				Why: "Fixing things is who I am.", BuildsOn: []uuid.UUID{id(kStrength, 2)},
			},
		},
		Overdose: &crisis.OverdosePlan{
			ID:               id(kCrisis, 1),
			EmergencyNumbers: []string{"911", "988"},
			NaloxoneLocation: "In my backpack, front pocket",
			NaloxoneCarrier: crisis.Contact{Name: "Alex", Relationship: "friend", Phone: "555-0142",
				SupporterID: id(kSupporter, 2), Consent: true},
			CheckIn: crisis.Contact{Name: "Jordan", Relationship: "peer specialist", Phone: "555-0143",
				SupporterID: id(kSupporter, 1), Consent: true},
			CheckInBy:             []crisis.Channel{crisis.ChannelText, crisis.ChannelPhone},
			CheckInHow:            "Text me; call if I do not answer in an hour.",
			OtherSteps:            []string{"I will not use alone."},
			RisksReviewed:         crisis.Risks(),
			NaloxoneTrained:       true,
			GoodSamaritanReviewed: true,
			NaloxoneExpires:       at.AddDate(1, 0, 0),
			Reviewed:              at.Add(-2 * day),
		},
		Decisions: []sdm.DecisionRecord{{
			ID: id(kDecision, 1), Question: "Where should I get naloxone training?",
			Options: []sdm.Option{
				{ID: id(kOption, 1), Name: "the harm-reduction program", Benefits: []string{"free kit"}, Harms: []string{"across town"},
					Evidence: "kits and training on site", Source: "program leaflet"},
				{ID: id(kOption, 2), Name: "the pharmacy", Benefits: []string{"close by"}, Harms: []string{"short session"},
					Evidence: "pharmacist shows the kit", Source: "pharmacist"},
			},
			WhatMatters:    []string{"Learning with people who get it."},
			Participants:   []sdm.Participant{{Role: sdm.RolePerson}, {ID: id(kSupporter, 1), Role: sdm.RolePeer, Consent: true}},
			Chosen:         id(kOption, 1),
			ChosenBy:       []sdm.Role{sdm.RolePerson},
			Stage:          sdm.StageDecided,
			DecidedAt:      at.Add(-1 * day),
			RevisitBy:      at.Add(30 * day),
			RisksDiscussed: true,
			Goals:          []uuid.UUID{id(kGoal, 3)},
		}},
		Supports: []recovery.Supporter{
			{ID: id(kSupporter, 1), Name: "Jordan", Role: recovery.SupporterRolePeerSpecialist, Relationship: "my peer specialist",
				Phone: "555-0143", ConsentToInvolve: true, ConsentToShare: true, ConsentedAt: at.Add(-7 * day)},
			{ID: id(kSupporter, 2), Name: "Alex", Role: recovery.SupporterRoleFriend, Relationship: "my friend",
				Phone: "555-0142", Email: "alex@example.org", ConsentToInvolve: true, ConsentToShare: false, ConsentedAt: at.Add(-7 * day)},
			{ID: id(kSupporter, 3), Name: "Sam", Role: recovery.SupporterRoleFamily, Relationship: "my brother",
				Phone: "555-0144", ConsentToInvolve: true, ConsentToShare: true, ConsentedAt: at.Add(-7 * day)},
		},
		CoCreators: []recovery.CoCreator{{Role: sdm.RolePerson}, {Role: sdm.RolePeer, SupporterID: id(kSupporter, 1)}},
		Created:    at.Add(-7 * day),
		AgreedAt:   at.Add(-6 * day),
		Reviewed:   at.Add(-1 * day),
	}
}

// sparsePlan is a valid plan with little in it: one vague goal, nothing else.
func sparsePlan() recovery.Plan {
	return recovery.Plan{
		ID: id(kPlan, 2), Version: 1, Status: recovery.StatusDraft, PersonID: "P-0002",
		Goals: []goals.SMARTGoal{{
			ID: id(kGoal, 1), Statement: "Client is non-compliant and needs a better job", Area: life.AreaHealth,
			Term: goals.TermShort, Status: goals.StatusProposed,
		}},
		Created: at.Add(-200 * 24 * time.Hour),
	}
}
