package strengths_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/strengths"
)

// The example scenario: a person working with a peer specialist records their
// strengths in their own words, then looks at which areas of life have a
// current strength written down and which are openings for the next
// conversation.
func Example() {
	id := func(s string) uuid.UUID { return uuid.MustParse(s) }
	a := strengths.Assessment{
		ID:         id("22000000-0000-4000-8000-000000000001"),
		AssessedAt: time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC),
		Strengths: []strengths.Strength{
			{ID: id("20000000-0000-4000-8000-000000000001"), Area: life.AreaSocial, Kind: strengths.KindRelationship,
				Timeframe: strengths.TimeframeCurrent, Source: strengths.SourceSelf,
				Statement: "My brother Sam has always had my back"},
			{ID: id("20000000-0000-4000-8000-000000000002"), Area: life.AreaEmployment, Kind: strengths.KindSkill,
				Timeframe: strengths.TimeframeCurrent, Source: strengths.SourceSelf,
				Statement: "I can keep a kitchen line moving during a rush"},
			{ID: id("20000000-0000-4000-8000-000000000003"), Area: life.AreaPersonal, Kind: strengths.KindQuality,
				Timeframe: strengths.TimeframeCurrent, Source: strengths.SourceSelf,
				Statement: "I've come through hard times before and I'm still here"},
			{ID: id("20000000-0000-4000-8000-000000000004"), Area: life.AreaHealth, Kind: strengths.KindQuality,
				Timeframe: strengths.TimeframeCurrent, Source: strengths.SourcePeer,
				Statement: "Reaches out to the peer group when things get hard"},
			{ID: id("20000000-0000-4000-8000-000000000005"), Area: life.AreaHousing, Kind: strengths.KindResource,
				Timeframe: strengths.TimeframeDesired, Source: strengths.SourceSelf,
				Statement: "I want a small place of my own near a bus line"},
			{ID: id("20000000-0000-4000-8000-000000000006"), Area: life.AreaHealth, Kind: strengths.KindQuality,
				Timeframe: strengths.TimeframePast, Source: strengths.SourceSelf,
				Statement: "I quit smoking for a whole year once"},
		},
		Priorities: []uuid.UUID{
			id("20000000-0000-4000-8000-000000000001"),
			id("20000000-0000-4000-8000-000000000003"),
		},
	}
	if err := a.Validate(); err != nil {
		fmt.Println(err)
		return
	}

	fmt.Println("area        current desired past")
	for _, c := range a.Coverage().Areas {
		if c.Total() > 0 {
			fmt.Printf("%-11s %7d %7d %4d\n", c.Area, c.Current, c.Desired, c.Past)
		}
	}
	fmt.Println()
	fmt.Println("Openings for the next conversation:")
	for _, area := range a.Gaps() {
		fmt.Printf("  %-10s %s\n", area, strengths.Prompt(area, strengths.TimeframeCurrent))
	}
	fmt.Printf("\nIn the person's own words: %.0f%%\n", 100*a.PersonDriven())
	// Output:
	// area        current desired past
	// personal          1       0    0
	// social            1       0    0
	// health            1       0    1
	// employment        1       0    0
	// housing           0       1    0
	//
	// Openings for the next conversation:
	//   education  What are you learning or curious about right now?
	//   housing    Where are you staying now, and what works for you there?
	//   cultural   Which traditions, languages or communities are part of your life now?
	//   spiritual  What gives you meaning, peace or hope right now?
	//   finances   What income and resources do you have to work with now?
	//   leisure    What do you enjoy doing in your free time?
	//
	// In the person's own words: 83%
}

func ExampleAssessment_Ranked() {
	id := func(n int) uuid.UUID { return uuid.MustParse(fmt.Sprintf("20000000-0000-4000-8000-%012d", n)) }
	a := strengths.Assessment{
		Strengths: []strengths.Strength{
			{ID: id(1), Area: life.AreaSocial, Kind: strengths.KindRelationship},
			{ID: id(2), Area: life.AreaEmployment, Kind: strengths.KindSkill},
			{ID: id(3), Area: life.AreaPersonal, Kind: strengths.KindQuality},
			{ID: id(4), Area: life.AreaLeisure, Kind: strengths.KindInterest},
		},
		Priorities: []uuid.UUID{id(3), id(1)}, // the person's order
	}
	for i, s := range a.Ranked() {
		fmt.Println(i+1, s.Area, s.Kind)
	}
	// Output:
	// 1 personal quality
	// 2 social relationship
	// 3 employment skill
	// 4 leisure interest
}

func ExampleAssessment_Validate() {
	a := strengths.Assessment{
		ID:         uuid.MustParse("22000000-0000-4000-8000-000000000001"),
		AssessedAt: time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC),
		Strengths: []strengths.Strength{{
			ID:   uuid.MustParse("20000000-0000-4000-8000-000000000001"),
			Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: "now", Source: strengths.SourceSelf,
			Statement: "My brother Sam has always had my back",
		}},
		Priorities: []uuid.UUID{uuid.MustParse("20000000-0000-4000-8000-000000000009")},
	}
	err := a.Validate()
	fmt.Println(errors.Is(err, validate.ErrInvalid))
	var ve *validate.Error // recovery.ValidationError outside this module
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// true
	// strengths[0].timeframe: valid
	// priorities[0]: exists
}

func ExampleFirstPerson() {
	for _, s := range []string{
		"I'm good with people",
		"“My kids keep me going”",
		"Good with people",
		"It helps me to walk",
	} {
		fmt.Printf("%-26q %v\n", s, strengths.FirstPerson(s))
	}
	// Output:
	// "I'm good with people"     true
	// "“My kids keep me going”"  true
	// "Good with people"         false
	// "It helps me to walk"      false
}

func ExampleCatalog() {
	var names []string
	for _, s := range strengths.Catalog()[:9] {
		names = append(names, s.Name)
	}
	fmt.Println(strings.Join(names, ", "))
	// Output:
	// Courage, Resilience, Leadership, Teamwork, Clear communication, Strong work ethic, Humility, Empathy, Asks for help
}

func ExamplePrompt() {
	// The Strengths Model suggests starting with what the person wants.
	for _, t := range []strengths.Timeframe{strengths.TimeframeDesired, strengths.TimeframeCurrent, strengths.TimeframePast} {
		fmt.Println(t+":", strengths.Prompt(life.AreaEmployment, t))
	}
	// Output:
	// desired: What kind of work would you like to do?
	// current: What skills and work experience do you bring today?
	// past: What jobs or tasks have you enjoyed or done well before?
}
