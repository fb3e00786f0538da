package crisis_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/phi"
)

// overdoseCase is one readiness check of an overdose plan. The fuzz targets
// are seeded from these tables.
type overdoseCase struct {
	name    string
	plan    func() crisis.OverdosePlan
	at      time.Time
	opts    *crisis.ReadinessOptions
	missing []crisis.Field
	risks   []crisis.Risk
	stale   bool
	expired bool
}

var overdoseCases = []overdoseCase{
	{
		name: "empty plan: everything missing, in the pocket plan's order",
		plan: func() crisis.OverdosePlan { return crisis.OverdosePlan{} },
		at:   at,
		missing: []crisis.Field{
			crisis.FieldEmergencyNumbers, crisis.FieldNaloxoneLocation, crisis.FieldNaloxoneCarrier,
			crisis.FieldCheckIn, crisis.FieldCheckInHow, crisis.FieldOtherSteps, crisis.FieldRisksReviewed,
			crisis.FieldNaloxoneTraining, crisis.FieldGoodSamaritan, crisis.FieldNaloxoneExpiry, crisis.FieldReviewed,
		},
		risks: crisis.Risks(),
	},
	{name: "complete plan", plan: examplePlan, at: at},
	{name: "complete, reviewed exactly 90 days ago", plan: examplePlan, at: at.Add(90 * day)},
	{name: "stale: 90 days and a minute", plan: examplePlan, at: at.Add(90*day + time.Minute), stale: true},
	{
		name: "stale sooner with options", plan: examplePlan, at: at.Add(31 * day),
		opts: &crisis.ReadinessOptions{StaleAfter: 30 * day}, stale: true,
	},
	{
		name: "zero options mean the default", plan: examplePlan, at: at.Add(31 * day),
		opts: &crisis.ReadinessOptions{},
	},
	{
		name: "reviewed in the future is not stale", plan: examplePlan, at: at.Add(-400 * day),
	},
	{
		name: "expired naloxone",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.NaloxoneExpires = at.AddDate(0, -1, 0)
			return p
		},
		at: at, expired: true,
	},
	{
		name: "expiry day itself is still in date",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.NaloxoneExpires = at
			return p
		},
		at: at,
	},
	{
		name: "a date-only expiry is in date all that day",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.NaloxoneExpires = time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)
			return p
		},
		at: time.Date(2026, time.March, 2, 23, 59, 59, 0, time.UTC),
	},
	{
		name: "expired from the next midnight",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.NaloxoneExpires = time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC)
			return p
		},
		at: time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC), expired: true,
	},
	{
		name: "the expiry day counts in the date's own location",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			// 1 March in UTC-5 ends at 05:00 UTC on 2 March.
			p.NaloxoneExpires = time.Date(2026, time.March, 1, 0, 0, 0, 0, time.FixedZone("UTC-5", -5*60*60))
			return p
		},
		at: time.Date(2026, time.March, 2, 4, 59, 0, 0, time.UTC),
	},
	{
		name: "stale and expired a year on", plan: examplePlan, at: at.AddDate(1, 0, 0),
		stale: true, expired: true,
	},
	{
		name: "contacts without consent or number do not count yet",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.NaloxoneCarrier.Consent = false
			p.CheckIn.Phone = " "
			return p
		},
		at:      at,
		missing: []crisis.Field{crisis.FieldNaloxoneCarrier, crisis.FieldCheckIn},
	},
	{
		name: "blank text does not count",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.EmergencyNumbers = []phi.Phone{" "}
			p.NaloxoneLocation = "\t"
			p.OtherSteps = []phi.Words{"", "  "}
			p.CheckInBy = nil
			p.CheckInHow = "only words, no channel"
			return p
		},
		at: at,
		missing: []crisis.Field{crisis.FieldEmergencyNumbers, crisis.FieldNaloxoneLocation,
			crisis.FieldCheckInHow, crisis.FieldOtherSteps},
	},
	{
		name: "some risks still to go over",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.RisksReviewed = []crisis.Risk{crisis.RiskPastOverdose, crisis.RiskMixing, crisis.RiskLostTolerance}
			p.NaloxoneTrained = false
			return p
		},
		at:      at,
		missing: []crisis.Field{crisis.FieldRisksReviewed, crisis.FieldNaloxoneTraining},
		risks:   []crisis.Risk{crisis.RiskStrongerSupply, crisis.RiskUsingAlone},
	},
}

func TestOverdosePlanReadiness(t *testing.T) {
	for _, tt := range overdoseCases {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan()
			before := tt.plan()
			r := p.Readiness(tt.at, tt.opts)
			assert.Equal(t, tt.missing, r.Missing)
			assert.Equal(t, tt.risks, r.RisksToReview)
			assert.Equal(t, tt.stale, r.Stale, "stale")
			assert.Equal(t, tt.expired, r.NaloxoneExpired, "expired")
			assert.Equal(t, len(tt.missing) == 0, r.Complete())
			assert.InDelta(t, float64(11-len(tt.missing))/11, r.Score(), 1e-12)
			assert.Equal(t, !r.Complete() || tt.stale || tt.expired, r.NeedsAttention())
			wantPrompts := len(tt.missing)
			if tt.stale {
				wantPrompts++
			}
			if tt.expired {
				wantPrompts++
			}
			assert.Len(t, r.Prompts(), wantPrompts)
			assert.Equal(t, before, p, "Readiness must not change the plan")
		})
	}
}

func TestReadinessPrompts(t *testing.T) {
	r := crisis.OverdosePlan{}.Readiness(at, nil)
	prompts := r.Prompts()
	require.Len(t, prompts, 11)
	assert.Equal(t, "Where will you keep naloxone?", prompts[1])

	p := examplePlan()
	p.NaloxoneExpires = at.Add(-day)
	r = p.Readiness(at.Add(100*day), nil)
	assert.Equal(t, []string{
		"Your naloxone is past its date: where could you get a fresh kit?",
		"It has been a while since you went over your plan: a good time to look at it together.",
	}, r.Prompts())
	assert.Nil(t, examplePlan().Readiness(at, nil).Prompts())
}

func TestReadinessResultsDoNotAlias(t *testing.T) {
	p := crisis.OverdosePlan{RisksReviewed: []crisis.Risk{crisis.RiskMixing}}
	r := p.Readiness(at, nil)
	r.Missing[0] = "changed"
	r.RisksToReview[0] = "changed"
	again := p.Readiness(at, nil)
	assert.Equal(t, crisis.FieldEmergencyNumbers, again.Missing[0], "each result has its own slices")
	assert.Equal(t, crisis.RiskLostTolerance, again.RisksToReview[0])
	assert.Equal(t, []crisis.Risk{crisis.RiskMixing}, p.RisksReviewed, "the plan is not changed")
	assert.Equal(t, []crisis.Risk{crisis.RiskLostTolerance, crisis.RiskStrongerSupply, crisis.RiskMixing,
		crisis.RiskUsingAlone, crisis.RiskPastOverdose}, crisis.Risks(), "the risks' list is not changed")
}

func TestReadinessJSON(t *testing.T) {
	empty, err := json.Marshal(crisis.OverdosePlan{}.Readiness(at, nil))
	require.NoError(t, err)
	assert.JSONEq(t, `{"checked": 11, "stale": false, "naloxoneExpired": false,
		"missing": ["emergency-numbers", "naloxone-location", "naloxone-carrier", "check-in", "check-in-how",
			"other-steps", "risks-reviewed", "naloxone-training", "good-samaritan", "naloxone-expiry", "reviewed"],
		"risksToReview": ["lost-tolerance", "stronger-supply", "mixing", "using-alone", "past-overdose"]}`, string(empty))

	var back crisis.Readiness
	require.NoError(t, json.Unmarshal(empty, &back))
	assert.Equal(t, crisis.OverdosePlan{}.Readiness(at, nil), back, "a plain value round-trips")
}

// TestReadinessZeroValue: a plan nobody has checked never reads as ready.
func TestReadinessZeroValue(t *testing.T) {
	var r crisis.Readiness
	assert.False(t, r.Complete())
	assert.Zero(t, r.Score())
	assert.True(t, r.NeedsAttention())
	assert.Less(t, r.Score(), crisis.OverdosePlan{EmergencyNumbers: []phi.Phone{"911"}}.Readiness(at, nil).Score())
	// Missing beyond Checked never gives a negative score.
	assert.Zero(t, crisis.Readiness{Checked: 1, Missing: []crisis.Field{crisis.FieldReviewed, crisis.FieldTriggers}}.Score())
}

type safetyCase struct {
	name    string
	plan    func() crisis.SafetyPlan
	at      time.Time
	opts    *crisis.ReadinessOptions
	missing []crisis.Field
	stale   bool
}

var safetyCases = []safetyCase{
	{
		name: "empty plan: every step missing, in order",
		plan: func() crisis.SafetyPlan { return crisis.SafetyPlan{} },
		at:   at,
		missing: []crisis.Field{
			crisis.FieldWarningSigns, crisis.FieldInternalCoping, crisis.FieldSocialDistraction,
			crisis.FieldAskForHelp, crisis.FieldProfessionalHelp, crisis.FieldSaferEnvironment,
			crisis.FieldReasonsForLiving, crisis.FieldReviewed,
		},
	},
	{name: "complete plan", plan: exampleSafetyPlan, at: at},
	{name: "stale", plan: exampleSafetyPlan, at: at.Add(91 * day), stale: true},
	{
		name: "stale sooner with options", plan: exampleSafetyPlan, at: at.Add(8 * day),
		opts: &crisis.ReadinessOptions{StaleAfter: 7 * day}, stale: true,
	},
	{
		name: "places alone are enough for step 3",
		plan: func() crisis.SafetyPlan {
			p := exampleSafetyPlan()
			p.DistractionPeople = nil
			return p
		},
		at: at,
	},
	{
		name: "people alone are enough for step 3, with consent",
		plan: func() crisis.SafetyPlan {
			p := exampleSafetyPlan()
			p.DistractionPlaces = nil
			p.DistractionPeople = []crisis.Contact{{Name: "Sam", Consent: true}}
			return p
		},
		at: at,
	},
	{
		name: "contacts that are not ready yet",
		plan: func() crisis.SafetyPlan {
			p := exampleSafetyPlan()
			p.DistractionPlaces = nil
			p.DistractionPeople = []crisis.Contact{{Name: "Sam"}}
			p.AskForHelp = []crisis.Contact{{Name: "Jordan", Phone: "555-0101"}}
			p.ProfessionalHelp = []crisis.Contact{{Name: "Clinic"}}
			return p
		},
		at: at,
		missing: []crisis.Field{crisis.FieldSocialDistraction, crisis.FieldAskForHelp,
			crisis.FieldProfessionalHelp},
	},
}

func TestSafetyPlanReadiness(t *testing.T) {
	for _, tt := range safetyCases {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan()
			r := p.Readiness(tt.at, tt.opts)
			assert.Equal(t, tt.missing, r.Missing)
			assert.Equal(t, tt.stale, r.Stale)
			assert.False(t, r.NaloxoneExpired)
			assert.Nil(t, r.RisksToReview)
			assert.Equal(t, len(tt.missing) == 0, r.Complete())
			assert.InDelta(t, float64(8-len(tt.missing))/8, r.Score(), 1e-12)
			assert.Equal(t, tt.plan(), p, "Readiness must not change the plan")
		})
	}
}

func TestReadinessChecked(t *testing.T) {
	assert.Equal(t, 11, crisis.OverdosePlan{}.Readiness(at, nil).Checked)
	assert.Equal(t, 8, crisis.SafetyPlan{}.Readiness(at, nil).Checked)
	assert.Equal(t, 4, crisis.Toolbox{}.Readiness(at, nil).Checked)
	assert.Zero(t, crisis.Readiness{}.Checked)
}

// TestCheckInNeedsHow: a check-in contact is complete only with how the
// person would like them to check on them; the pocket plan asks for both
// together.
func TestCheckInNeedsHow(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(p *crisis.OverdosePlan)
		missing []crisis.Field
	}{
		{"complete", func(*crisis.OverdosePlan) {}, nil},
		{"no how", func(p *crisis.OverdosePlan) { p.CheckInHow = "" }, []crisis.Field{crisis.FieldCheckIn}},
		{"blank how", func(p *crisis.OverdosePlan) { p.CheckInHow = " \t" }, []crisis.Field{crisis.FieldCheckIn}},
		{"no consent", func(p *crisis.OverdosePlan) { p.CheckIn.Consent = false }, []crisis.Field{crisis.FieldCheckIn}},
		{"no channel", func(p *crisis.OverdosePlan) { p.CheckInBy = nil }, []crisis.Field{crisis.FieldCheckInHow}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := examplePlan()
			tt.edit(&p)
			assert.Equal(t, tt.missing, p.Readiness(at, nil).Missing)
		})
	}
}

func TestToolboxReadiness(t *testing.T) {
	full := crisis.Toolbox{
		ID:                uuid.MustParse("30000000-0000-4000-8000-000000000003"),
		Tools:             []crisis.Tool{{Section: crisis.SectionCalmDown, Text: "A walk by the river"}},
		Triggers:          []crisis.Cue{{Text: "Payday", Action: "I give my card to my sister"}},
		EarlyWarningSigns: []crisis.Cue{{Text: "I stop cooking", Action: "I call Jordan"}},
		Reviewed:          at.Add(-10 * day),
	}
	tests := []struct {
		name    string
		edit    func(t *crisis.Toolbox)
		at      time.Time
		missing []crisis.Field
		stale   bool
	}{
		{"complete", func(*crisis.Toolbox) {}, at, nil, false},
		{"empty", func(t *crisis.Toolbox) { *t = crisis.Toolbox{} }, at,
			[]crisis.Field{crisis.FieldWellnessTools, crisis.FieldTriggers, crisis.FieldEarlyWarningSigns, crisis.FieldReviewed}, false},
		{"a trigger without what to do", func(t *crisis.Toolbox) { t.Triggers[0].Action = " " }, at, []crisis.Field{crisis.FieldTriggers}, false},
		{"a blank tool", func(t *crisis.Toolbox) { t.Tools[0].Text = "" }, at, []crisis.Field{crisis.FieldWellnessTools}, false},
		{"stale", func(*crisis.Toolbox) {}, at.Add(100 * day), nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := full
			tb.Tools = slices.Clone(full.Tools)
			tb.Triggers = slices.Clone(full.Triggers)
			tt.edit(&tb)
			r := tb.Readiness(tt.at, nil)
			assert.Equal(t, 4, r.Checked)
			assert.Equal(t, tt.missing, r.Missing)
			assert.Equal(t, tt.stale, r.Stale)
			assert.Equal(t, tt.missing == nil, r.Complete())
			assert.InDelta(t, float64(4-len(tt.missing))/4, r.Score(), 1e-12)
		})
	}
}
