package crisis_test

import (
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/crisis"
)

func ExampleOverdosePlan_PocketCard() {
	plan := crisis.OverdosePlan{
		ID:               uuid.MustParse("30000000-0000-4000-8000-000000000001"),
		EmergencyNumbers: []phi.Phone{"911", "988"},
		NaloxoneLocation: "Backpack, front pocket",
		NaloxoneCarrier:  crisis.Contact{Name: "Alex", Relationship: "friend", Phone: "555-0142", Consent: true},
		CheckIn:          crisis.Contact{Name: "Jordan", Relationship: "peer specialist", Phone: "555-0101", Consent: true},
		CheckInBy:        []crisis.Channel{crisis.ChannelText, crisis.ChannelInPerson},
		CheckInHow:       "Text me by 9 pm; if I don't answer, come by.",
		OtherSteps:       []phi.Words{"Never use alone", "Start low, go slow"},
		NaloxoneExpires:  time.Date(2027, time.January, 31, 0, 0, 0, 0, time.UTC),
		Reviewed:         time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC),
	}
	fmt.Print(plan.PocketCard(&crisis.CardOptions{Width: 32}))
	// Output:
	// My overdose prevention plan
	// ================================
	// EMERGENCY: 911, 988
	// --------------------------------
	// Has naloxone: Alex (friend)
	//   555-0142
	// Check in with: Jordan (peer
	//   specialist)
	//   555-0101
	//   By: text, in person
	//   Check on me: Text me by 9 pm;
	//     if I don't answer, come by.
	// --------------------------------
	// Naloxone kept: Backpack, front
	//   pocket
	//   Expires 2027-01-31
	// Other steps:
	// - Never use alone
	// - Start low, go slow
	// --------------------------------
	// Reviewed 2026-03-02
}

func ExampleOverdosePlan_Readiness() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	plan := crisis.OverdosePlan{
		ID:               uuid.MustParse("30000000-0000-4000-8000-000000000001"),
		EmergencyNumbers: []phi.Phone{"911"},
		NaloxoneCarrier:  crisis.Contact{Name: "Alex", Phone: "555-0142", Consent: true},
		RisksReviewed:    []crisis.Risk{crisis.RiskLostTolerance, crisis.RiskMixing},
		NaloxoneExpires:  time.Date(2026, time.February, 28, 0, 0, 0, 0, time.UTC),
		Reviewed:         at.AddDate(0, -4, 0),
	}
	r := plan.Readiness(at, nil)
	fmt.Printf("complete=%t score=%.2f stale=%t naloxone expired=%t\n",
		r.Complete(), r.Score(), r.Stale, r.NaloxoneExpired)
	fmt.Println("still to go over:", r.RisksToReview)
	for _, f := range r.Missing {
		fmt.Printf("%-18s %s\n", f, f.Prompt())
	}
	// Output:
	// complete=false score=0.36 stale=true naloxone expired=true
	// still to go over: [stronger-supply using-alone past-overdose]
	// naloxone-location  Where will you keep naloxone?
	// check-in           Who would you like to check in with if you use, and how would you like them to check on you?
	// check-in-how       How would you like to reach the person you check in with?
	// other-steps        What other steps will you take to keep yourself safe?
	// risks-reviewed     Would you like to go over what can raise overdose risk?
	// naloxone-training  Would you like to learn how to give naloxone?
	// good-samaritan     Would you like to go over how the law protects people who call for help?
}

func ExampleSafetyPlan_Readiness() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	plan := crisis.SafetyPlan{
		ID:               uuid.MustParse("30000000-0000-4000-8000-000000000002"),
		WarningSigns:     []phi.Words{"I stop answering my phone"},
		InternalCoping:   []phi.Words{"Walk around the block"},
		ProfessionalHelp: []crisis.Contact{{Name: "Crisis line", Phone: "988"}},
		Reviewed:         at.AddDate(0, 0, -20),
	}
	// A plan gone over every two weeks is stale after 14 days.
	r := plan.Readiness(at, &crisis.ReadinessOptions{StaleAfter: 14 * 24 * time.Hour})
	fmt.Printf("score=%.3f stale=%t\n", r.Score(), r.Stale)
	for _, p := range r.Prompts() {
		fmt.Println(p)
	}
	// Output:
	// score=0.500 stale=true
	// Which people or places help take your mind off things?
	// Who could you ask for help?
	// What would make your surroundings safer?
	// What matters most to you?
	// It has been a while since you went over your plan: a good time to look at it together.
}

func ExampleSafetySteps() {
	// The host app supplies each step's heading; the library supplies codes.
	for _, s := range crisis.SafetySteps() {
		fmt.Println(s.Number(), s)
	}
	// Output:
	// 1 warning-signs
	// 2 internal-coping
	// 3 social-distraction
	// 4 ask-for-help
	// 5 professional-help
	// 6 safer-environment
}

func ExampleContact_LogValue() {
	c := crisis.Contact{
		Name: "Alex", Relationship: "friend", Phone: "555-0142",
		Channels:    []crisis.Channel{crisis.ChannelText},
		SupporterID: uuid.MustParse("50000000-0000-4000-8000-000000000002"),
		Consent:     true,
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	logger.Info("contact added", "contact", c)
	fmt.Println(c)
	// Output:
	// level=INFO msg="contact added" contact.supporterId=50000000-0000-4000-8000-000000000002 contact.name=[redacted] contact.relationship=[redacted] contact.phone=[redacted] contact.channels=[text] contact.consent=true
	// contact supporter=50000000-0000-4000-8000-000000000002
}
