package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/crisis"
)

// Fixed IDs of the scenario's crisis plans (kind 30000000-...).
var (
	crisisOverdosePlanID = uuid.MustParse("30000000-0000-4000-8000-000000000001")
	crisisSafetyPlanID   = uuid.MustParse("30000000-0000-4000-8000-000000000002")
	crisisToolboxID      = uuid.MustParse("30000000-0000-4000-8000-000000000003")
)

// crisisJordanContact is the person's peer specialist, Jordan (supporter 1).
func crisisJordanContact() crisis.Contact {
	return crisis.Contact{
		Name: "Jordan", Relationship: "peer specialist", Phone: "555-0101",
		Channels: []crisis.Channel{crisis.ChannelText, crisis.ChannelPhone}, SupporterID: supporterJordan, Consent: true,
	}
}

// scenarioOverdosePlan returns the person's pocket overdose prevention plan,
// gone over with Jordan at at. Their friend Alex (supporter 2) carries
// naloxone; the person checks in with Jordan (supporter 1). The person has
// not had naloxone training yet (it is goal 3, decided in the shared
// decision) and has no kit of their own, so the expiry date is not known:
// those two fields are still to come.
func scenarioOverdosePlan(at time.Time) crisis.OverdosePlan {
	return crisis.OverdosePlan{
		ID:               crisisOverdosePlanID,
		EmergencyNumbers: []phi.Phone{"911", "988"},
		NaloxoneLocation: "Get a kit at the training; keep it in the front pocket of my backpack",
		NaloxoneCarrier: crisis.Contact{
			Name: "Alex", Relationship: "friend", Phone: "555-0142",
			Channels: []crisis.Channel{crisis.ChannelPhone, crisis.ChannelText}, SupporterID: supporterAlex, Consent: true,
		},
		CheckIn:    crisisJordanContact(),
		CheckInBy:  []crisis.Channel{crisis.ChannelText, crisis.ChannelPhone, crisis.ChannelInPerson},
		CheckInHow: "Text me the next morning. If I don't answer by noon, call, then come by.",
		OtherSteps: []phi.Words{
			"Don't use alone; if I do, tell Alex and leave the door unlocked",
			"Start low and go slow, especially after a break",
			"Don't mix with alcohol or pills",
		},
		RisksReviewed:         crisis.Risks(),
		GoodSamaritanReviewed: true,
		Reviewed:              at,
	}
}

// scenarioSafetyPlan returns the person's safety plan, gone over at at. The
// person's brother Sam (supporter 3) is among their reasons for living; they
// are not back in touch yet (goal 1), so he is not named as a contact.
func scenarioSafetyPlan(at time.Time) crisis.SafetyPlan {
	return crisis.SafetyPlan{
		ID:             crisisSafetyPlanID,
		WarningSigns:   []phi.Words{"I stop answering my phone", "I can't sleep for two nights running"},
		InternalCoping: []phi.Words{"Walk around the block", "Play guitar for ten minutes"},
		DistractionPeople: []crisis.Contact{{
			Name: "Alex", Relationship: "friend", Phone: "555-0142", SupporterID: supporterAlex, Consent: true,
		}},
		DistractionPlaces: []phi.Words{"The public library"},
		AskForHelp:        []crisis.Contact{crisisJordanContact()},
		ProfessionalHelp: []crisis.Contact{
			{Name: "988 Suicide & Crisis Lifeline", Phone: "988", Channels: []crisis.Channel{crisis.ChannelPhone, crisis.ChannelText}},
			{Name: "Clinic front desk", Phone: "555-0123"},
		},
		SaferEnvironment: []phi.Words{"Keep only a week of medication at home"},
		ReasonsForLiving: []phi.Words{"Getting back in touch with my brother Sam", "A place of my own"},
		Reviewed:         at,
	}
}

// scenarioToolbox returns the person's wellness toolbox, gone over at at.
func scenarioToolbox(at time.Time) crisis.Toolbox {
	return crisis.Toolbox{
		ID: crisisToolboxID,
		Tools: []crisis.Tool{
			{Section: crisis.SectionFeelBetter, Text: "A hot shower and clean clothes"},
			{Section: crisis.SectionLaugh, Text: "Old sitcoms"},
			{Section: crisis.SectionCalmDown, Text: "Playing guitar"},
			{Section: crisis.SectionSleep, Text: "No screens after eleven"},
			{Section: crisis.SectionEnjoyment, Text: "Fishing, which I haven't done in years"},
			{Section: crisis.SectionCoping, Text: "Ten minutes in the park"},
			{Section: crisis.SectionCravingTriggers, Text: "Payday"},
			{Section: crisis.SectionCompulsionRelief, Text: "Calling Jordan"},
		},
		Triggers:          []crisis.Cue{{Text: "Payday", Action: "Pay rent first, then call Jordan"}},
		EarlyWarningSigns: []crisis.Cue{{Text: "Skipping meals", Action: "Eat lunch at the drop-in centre"}},
		Reviewed:          at,
	}
}

// printCrisis validates the person's crisis plans and prints, as of at, how
// ready the overdose plan and the safety plan are, the pocket card, and a
// summary of the wellness toolbox.
func printCrisis(w io.Writer, od crisis.OverdosePlan, sp crisis.SafetyPlan, tb crisis.Toolbox, at time.Time) error {
	for _, v := range []interface {
		Validate() error
		String() string
	}{od, sp, tb} {
		if err := v.Validate(); err != nil {
			return fmt.Errorf("%s: %w", v, err)
		}
	}
	p := &printer{w: w}
	p.printf("\nCRISIS PLANS\n\n")
	p.printf("Planned on a calm day, for a rainy one.\n\n")

	printReadiness := func(name string, r crisis.Readiness) {
		p.printf("%s: %d of %d parts in place (score %.2f)", name, r.Checked-len(r.Missing), r.Checked, r.Score())
		if r.Stale {
			p.printf(", due for a review")
		}
		if r.NaloxoneExpired {
			p.printf(", naloxone past its date")
		}
		p.printf(".\n")
		for _, f := range r.Missing {
			p.printf("  - %s: %s\n", f, f.Prompt())
		}
	}
	printReadiness("Overdose prevention plan", od.Readiness(at, nil))
	printReadiness("Safety plan", sp.Readiness(at, nil))

	sections := 0
	for _, s := range crisis.Sections() {
		if len(tb.Section(s)) > 0 {
			sections++
		}
	}
	p.printf("Wellness toolbox: %s in %d of %d sections.\n%s and %s, each with what the person will do.\n",
		crisisCount(len(tb.Tools), "tool"), sections, len(crisis.Sections()),
		crisisCount(len(tb.Triggers), "trigger"), crisisCount(len(tb.EarlyWarningSigns), "early warning sign"))

	p.printf("\nThe person's pocket card:\n\n")
	for line := range strings.Lines(od.PocketCard(nil)) {
		p.printf("    %s", line)
	}
	return p.err
}

// crisisCount returns "1 tool" or "3 tools".
func crisisCount(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
