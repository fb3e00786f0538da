package fhir_test

import (
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/google/uuid"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// at is the seed scenario's reference time, a Monday.
var at = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

func id(prefix string, n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("%s-0000-4000-8000-%012d", prefix, n))
}

// scenarioPlan builds the seed scenario (examples/peersupport) as a whole
// plan from fixed data: five ranked goals on a timeline, goal 4's SMART
// steps, three strengths, three supporters, a GAS-scaled goal.
func scenarioPlan() recovery.Plan {
	nextWeek := at.AddDate(0, 0, 7)
	day := time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)
	confidence := 7
	followUp, baseline := goals.LevelExpected, goals.LevelLess
	return recovery.Plan{
		ID:       id("60000000", 1),
		Version:  1,
		Status:   recovery.StatusActive,
		PersonID: "P-0001",
		Vision:   "A place of my own, my brother back in my life, and work I am proud of",
		Strengths: strengths.Assessment{
			ID:         id("21000000", 1),
			AssessedAt: at,
			Strengths: []strengths.Strength{
				{ID: id("20000000", 1), Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
					Statement: "My brother and I were close and he still answers my texts", Source: strengths.SourceSelf},
				{ID: id("20000000", 2), Area: life.AreaEmployment, Kind: strengths.KindSkill, Timeframe: strengths.TimeframePast,
					Statement: "I ran the line in a busy kitchen for three years", Source: strengths.SourceSelf},
				{ID: id("20000000", 3), Area: life.AreaPersonal, Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent,
					Statement: "I keep going when things get hard", Source: strengths.SourcePeer},
			},
			Aspects: []strengths.Aspect{
				{ID: id("22000000", 1), Area: life.AreaHousing, Kind: strengths.AspectNeed, Text: "I need a place where I can sleep through the night"},
				{ID: id("22000000", 2), Area: life.AreaHealth, Kind: strengths.AspectPreference, Text: "I prefer to meet Jordan in person"},
			},
			Priorities: []uuid.UUID{id("20000000", 3), id("20000000", 1)},
		},
		Goals: []goals.SMARTGoal{
			{ID: id("10000000", 1), Statement: "I want to get back in touch with my brother",
				Area: life.AreaSocial, Term: goals.TermShort, Status: goals.StatusPlanned,
				Importance: 1, Order: 3, BuildsOn: []uuid.UUID{id("20000000", 1)}},
			{ID: id("10000000", 2), Statement: "I want to quit smoking",
				Area: life.AreaHealth, Term: goals.TermShort, Status: goals.StatusPlanned, Importance: 4, Order: 5},
			{ID: id("10000000", 3), Statement: "I want to go to a naloxone training",
				Area: life.AreaHealth, Term: goals.TermShort, Status: goals.StatusPlanned, Importance: 3, Order: 2,
				Attainment: &goals.GAS{Baseline: &baseline, FollowUp: &followUp, ImportanceRating: 3, DifficultyRating: 1}},
			{ID: id("10000000", 4), Statement: "I want to find a place to live",
				Area: life.AreaHousing, Term: goals.TermShort, Status: goals.StatusActive,
				Importance: 2, Order: 1, Start: day, Due: day.AddDate(0, 3, 0),
				Measure: "I have signed a lease", Why: "So I can have my kids stay over",
				Confidence: &confidence, BuildsOn: []uuid.UUID{id("20000000", 3)},
				Steps: []goals.Step{
					{ID: id("11000000", 1), Action: "I will look on Craigslist for rentals for no more than 1 hour", Due: nextWeek, Done: at.Add(26 * time.Hour)},
					{ID: id("11000000", 2), Action: "I will list at least 5 possible rentals and will call at least 3", Due: nextWeek},
					{ID: id("11000000", 3), Action: "I will bring the notes from the calls to go over next week", Due: nextWeek},
				}},
			{ID: id("10000000", 5), Statement: "I want to get a better job",
				Area: life.AreaEmployment, Term: goals.TermShort, Status: goals.StatusPlanned,
				Importance: 4, Order: 4, BuildsOn: []uuid.UUID{id("20000000", 2)}},
		},
		Supports: []recovery.Supporter{
			{ID: id("50000000", 1), Name: "Jordan", Role: recovery.SupporterRolePeerSpecialist, Relationship: "my peer specialist",
				Phone: "555-0142", ConsentToInvolve: true, ConsentToShare: true, ConsentedAt: at},
			{ID: id("50000000", 2), Name: "Alex", Role: recovery.SupporterRoleFriend, Relationship: "friend who carries naloxone",
				Phone: "555-0143", ConsentToInvolve: true, ConsentedAt: at},
			{ID: id("50000000", 3), Name: "Sam", Role: recovery.SupporterRoleFamily, Relationship: "brother",
				Email: "sam@example.org"},
		},
		CoCreators: []recovery.CoCreator{
			{Role: sdm.RolePerson},
			{Role: sdm.RolePeer, SupporterID: id("50000000", 1)},
			{Role: sdm.RoleProvider},
		},
		AgreedAt: at.Add(time.Hour),
		Created:  at,
		Reviewed: at.AddDate(0, 0, 7),
	}
}

// scenarioTrail is a short audit trail of the plan: created by the peer
// specialist, updated by the person, then viewed. The hash chain links are
// fixed values rather than audit.Trail's, so the golden bundle does not
// change when the audit package changes its canonical encoding; Export copies
// them, it does not recompute them.
func scenarioTrail() []audit.Event {
	hash := func(n int) audit.Hash { return audit.Hash(sha256.Sum256([]byte(fmt.Sprintf("event %d", n)))) }
	return []audit.Event{
		{Seq: 1, ID: id("70000000", 1), At: at, Actor: audit.Actor{ID: "jordan", Role: audit.RolePeer}, Action: audit.ActionCreate,
			Subject: id("60000000", 1), Version: 1, Outcome: audit.OutcomeSuccess, Hash: hash(1)},
		{Seq: 2, ID: id("70000000", 2), At: at.Add(time.Hour), Actor: audit.Actor{ID: "P-0001", Role: audit.RolePerson}, Action: audit.ActionUpdate,
			Subject: id("60000000", 1), Version: 2, Paths: []string{"/goals/3/steps/0/done"}, Outcome: audit.OutcomeSuccess,
			Prev: hash(1), Hash: hash(2)},
		{Seq: 3, ID: id("70000000", 3), At: at.Add(2 * time.Hour), Actor: audit.Actor{ID: "jordan", Role: audit.RolePeer}, Action: audit.ActionView,
			Subject: id("60000000", 1), Version: 2, Outcome: audit.OutcomeSuccess, Reason: "treatment", Prev: hash(2), Hash: hash(3)},
	}
}
