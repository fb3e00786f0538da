package crisis_test

import (
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/crisis"
)

// at is the scenario's reference time, a Monday.
var at = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// examplePlan is a finished pocket plan with fictional 555-01xx numbers.
func examplePlan() crisis.OverdosePlan {
	return crisis.OverdosePlan{
		ID:               uuid.MustParse("30000000-0000-4000-8000-000000000001"),
		EmergencyNumbers: []phi.Phone{"911", "988"},
		NaloxoneLocation: "In my backpack, front pocket; a spare kit at Alex's place",
		NaloxoneCarrier: crisis.Contact{
			Name: "Alex", Relationship: "friend", Phone: "555-0142",
			Channels: []crisis.Channel{crisis.ChannelText, crisis.ChannelPhone}, Consent: true,
			SupporterID: uuid.MustParse("50000000-0000-4000-8000-000000000002"),
		},
		CheckIn: crisis.Contact{
			Name: "Jordan", Relationship: "peer specialist", Phone: "555-0101",
			Channels: []crisis.Channel{crisis.ChannelPhone}, Consent: true,
			SupporterID: uuid.MustParse("50000000-0000-4000-8000-000000000001"),
		},
		CheckInBy:  []crisis.Channel{crisis.ChannelText, crisis.ChannelPhone, crisis.ChannelInPerson},
		CheckInHow: "Text me by 9 pm. If I don't answer, call, then come by.",
		OtherSteps: []phi.Words{
			"Never use alone; if I do, call a spotting line",
			"Start low and go slow, especially after a break",
			"Don't mix with alcohol or pills",
		},
		RisksReviewed:         crisis.Risks(),
		NaloxoneTrained:       true,
		GoodSamaritanReviewed: true,
		NaloxoneExpires:       time.Date(2027, time.January, 31, 0, 0, 0, 0, time.UTC),
		Reviewed:              at,
	}
}

// exampleSafetyPlan is a finished safety plan.
func exampleSafetyPlan() crisis.SafetyPlan {
	return crisis.SafetyPlan{
		ID:             uuid.MustParse("30000000-0000-4000-8000-000000000002"),
		WarningSigns:   []phi.Words{"I stop answering my phone", "I can't sleep for two nights"},
		InternalCoping: []phi.Words{"Walk around the block", "Play guitar"},
		DistractionPeople: []crisis.Contact{
			{Name: "Sam", Relationship: "brother", Phone: "555-0177", Consent: true},
		},
		DistractionPlaces: []phi.Words{"The library on Fifth"},
		AskForHelp: []crisis.Contact{
			{Name: "Jordan", Relationship: "peer specialist", Phone: "555-0101", Consent: true},
		},
		ProfessionalHelp: []crisis.Contact{
			{Name: "988 crisis line", Phone: "988"},
			{Name: "Clinic front desk", Phone: "(555) 555-0123"},
		},
		SaferEnvironment: []phi.Words{"Keep only a week of medication at home"},
		ReasonsForLiving: []phi.Words{"My brother", "Getting my own place"},
		Reviewed:         at,
	}
}

// exampleToolbox is a small wellness toolbox.
func exampleToolbox() crisis.Toolbox {
	return crisis.Toolbox{
		ID: uuid.MustParse("30000000-0000-4000-8000-000000000003"),
		Tools: []crisis.Tool{
			{Section: crisis.SectionFeelBetter, Text: "A hot shower"},
			{Section: crisis.SectionLaugh, Text: "Old sitcoms with Sam"},
			{Section: crisis.SectionCravingTriggers, Text: "Payday"},
			{Section: crisis.SectionCompulsionRelief, Text: "Calling Jordan"},
		},
		Triggers:          []crisis.Cue{{Text: "Payday", Action: "Pay rent first, then call Jordan"}},
		EarlyWarningSigns: []crisis.Cue{{Text: "Skipping meals", Action: "Eat with Sam on Sunday"}},
		Reviewed:          at,
	}
}
