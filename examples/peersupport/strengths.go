package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/strengths"
)

// Fixed IDs of the scenario's strengths assessment. Strengths 1-3 (the bond
// with the brother, a work skill, resilience) are declared in goals.go, which
// the goals build on. The assessment itself and the needs, abilities and
// preferences have no kind of their own in the scenario's ID table, so they
// take 22000000-... and 21000000-..., beside the strengths' 20000000-....
var (
	strengthsAssessmentID = uuid.MustParse("22000000-0000-4000-8000-000000000001")
	strengthPeerGroup     = uuid.MustParse("20000000-0000-4000-8000-000000000004")
	strengthOwnPlace      = uuid.MustParse("20000000-0000-4000-8000-000000000005")
	strengthQuitBefore    = uuid.MustParse("20000000-0000-4000-8000-000000000006")
	strengthFriendAlex    = uuid.MustParse("20000000-0000-4000-8000-000000000007")
	strengthCooking       = uuid.MustParse("20000000-0000-4000-8000-000000000008")
	statementSleep        = uuid.MustParse("21000000-0000-4000-8000-000000000001")
	statementBus          = uuid.MustParse("21000000-0000-4000-8000-000000000002")
	statementInPerson     = uuid.MustParse("21000000-0000-4000-8000-000000000003")
)

// scenarioStrengths returns the person's strengths assessment, made at at. The
// strengths are in the person's own words; one was named by their peer
// specialist, Jordan. The person wants to work from their bond with their
// brother first, then from their resilience.
func scenarioStrengths(at time.Time) strengths.Assessment {
	return strengths.Assessment{
		ID:         strengthsAssessmentID,
		AssessedAt: at,
		Strengths: []strengths.Strength{
			{ID: strengthBrother, Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
				Source: strengths.SourceSelf, Statement: "My brother Sam has always had my back, even when we don't talk"},
			{ID: strengthWorkSkill, Area: life.AreaEmployment, Kind: strengths.KindSkill, Timeframe: strengths.TimeframeCurrent,
				Source: strengths.SourceSelf, Statement: "I can keep a kitchen line moving during a dinner rush"},
			{ID: strengthResilient, Area: life.AreaPersonal, Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent,
				Source: strengths.SourceSelf, Statement: "I've come through hard times before and I'm still here"},
			{ID: strengthPeerGroup, Area: life.AreaHealth, Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent,
				Source: strengths.SourcePeer, Statement: "Reaches out to the Tuesday peer group when things get hard"},
			{ID: strengthOwnPlace, Area: life.AreaHousing, Kind: strengths.KindResource, Timeframe: strengths.TimeframeDesired,
				Source: strengths.SourceSelf, Statement: "I want a small place of my own near a bus line"},
			{ID: strengthQuitBefore, Area: life.AreaHealth, Kind: strengths.KindQuality, Timeframe: strengths.TimeframePast,
				Source: strengths.SourceSelf, Statement: "I quit smoking for a whole year once, so I know I can do it"},
			{ID: strengthFriendAlex, Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
				Source: strengths.SourceSelf, Statement: "My friend Alex checks in on me and carries naloxone"},
			{ID: strengthCooking, Area: life.AreaLeisure, Kind: strengths.KindInterest, Timeframe: strengths.TimeframePast,
				Source: strengths.SourceSelf, Statement: "I used to love cooking big Sunday dinners for friends"},
		},
		Aspects: []strengths.Aspect{
			{ID: statementSleep, Area: life.AreaHousing, Kind: strengths.AspectNeed,
				Text: "I need a place where I can sleep through the night"},
			{ID: statementBus, Area: life.AreaPersonal, Kind: strengths.AspectAbility,
				Text: "I can get myself anywhere in town by bus"},
			{ID: statementInPerson, Area: life.AreaHealth, Kind: strengths.AspectPreference,
				Text: "I prefer to meet Jordan in person rather than by phone"},
		},
		Priorities: []uuid.UUID{strengthBrother, strengthResilient},
	}
}

// printStrengths prints the strengths ranked by the person's priorities, the
// needs, abilities and preferences, the coverage of the areas of life by
// column, the areas with no current strength as questions for the next
// conversation, and the share of strengths in the person's own words.
func printStrengths(w io.Writer, a strengths.Assessment) {
	fmt.Fprintf(w, "\nSTRENGTHS\n\n")
	fmt.Fprintf(w, "The person's strengths as of %s: the ones they want to work from\n", a.AssessedAt.Format("Mon 2 Jan 2006"))
	fmt.Fprintf(w, "first, in their order, then the rest as recorded:\n\n")
	for i, s := range a.Ranked() {
		fmt.Fprintf(w, "  %d. %q\n", i+1, s.Statement)
		fmt.Fprintf(w, "     %s, %s, %s; named by %s", s.Area, s.Kind, s.Timeframe, s.Source)
		if p := slices.Index(a.Priorities, s.ID); p >= 0 {
			fmt.Fprintf(w, "; priority %d", p+1)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "\nNeeds, abilities and preferences, in the person's words:\n\n")
	for _, s := range a.Aspects {
		fmt.Fprintf(w, "  %-10s %-10s %q\n", s.Kind, s.Area, s.Text)
	}
	fmt.Fprintf(w, "\nStrengths by area of life and column:\n\n")
	fmt.Fprintf(w, "  %-10s %7s %7s %4s\n", "", "current", "desired", "past")
	for _, c := range a.Coverage().Areas {
		fmt.Fprintf(w, "  %-10s %7d %7d %4d\n", c.Area, c.Current, c.Desired, c.Past)
	}
	fmt.Fprintf(w, "\nAreas with no current strength written down yet, as openings for the\n")
	fmt.Fprintf(w, "next conversation:\n\n")
	for _, area := range a.Gaps() {
		fmt.Fprintf(w, "  %-10s %s\n", area, strengths.Prompt(area, strengths.TimeframeCurrent))
	}
	own := int(math.Round(a.PersonDriven() * float64(len(a.Strengths))))
	fmt.Fprintf(w, "\n%d of %d strengths (%.0f%%) were named by the person, in their own words.\n",
		own, len(a.Strengths), 100*a.PersonDriven())
}
