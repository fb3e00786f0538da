package crisis_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/crisis"
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
			assert.Equal(t, tt.missing, r.Missing())
			assert.Equal(t, tt.risks, r.RisksToReview())
			assert.Equal(t, tt.stale, r.Stale(), "stale")
			assert.Equal(t, tt.expired, r.NaloxoneExpired(), "expired")
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
	r := crisis.OverdosePlan{}.Readiness(at, nil)
	m := r.Missing()
	m[0] = "changed"
	rs := r.RisksToReview()
	rs[0] = "changed"
	assert.Equal(t, crisis.FieldEmergencyNumbers, r.Missing()[0])
	assert.Equal(t, crisis.RiskLostTolerance, r.RisksToReview()[0])
}

func TestReadinessJSON(t *testing.T) {
	empty, err := json.Marshal(crisis.OverdosePlan{}.Readiness(at, nil))
	require.NoError(t, err)
	assert.JSONEq(t, `{"complete": false, "checked": 11, "score": 0, "stale": false, "naloxoneExpired": false,
		"missing": ["emergency-numbers", "naloxone-location", "naloxone-carrier", "check-in", "check-in-how",
			"other-steps", "risks-reviewed", "naloxone-training", "good-samaritan", "naloxone-expiry", "reviewed"],
		"risksToReview": ["lost-tolerance", "stronger-supply", "mixing", "using-alone", "past-overdose"]}`, string(empty))

	var zero crisis.Readiness
	b, err := json.Marshal(zero)
	require.NoError(t, err)
	assert.JSONEq(t, `{"complete": true, "checked": 0, "score": 1, "stale": false, "naloxoneExpired": false}`, string(b))
}

func TestReadinessZeroValue(t *testing.T) {
	var r crisis.Readiness
	assert.True(t, r.Complete())
	assert.Equal(t, 1.0, r.Score())
	assert.False(t, r.NeedsAttention())
}

// safetyCase is one readiness check of a safety plan.
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
			assert.Equal(t, tt.missing, r.Missing())
			assert.Equal(t, tt.stale, r.Stale())
			assert.False(t, r.NaloxoneExpired())
			assert.Nil(t, r.RisksToReview())
			assert.Equal(t, len(tt.missing) == 0, r.Complete())
			assert.InDelta(t, float64(8-len(tt.missing))/8, r.Score(), 1e-12)
			assert.Equal(t, tt.plan(), p, "Readiness must not change the plan")
		})
	}
}

func TestReadinessChecked(t *testing.T) {
	assert.Equal(t, 11, crisis.OverdosePlan{}.Readiness(at, nil).Checked())
	assert.Equal(t, 8, crisis.SafetyPlan{}.Readiness(at, nil).Checked())
	assert.Zero(t, crisis.Readiness{}.Checked())
}
