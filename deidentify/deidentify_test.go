package deidentify_test

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/deidentify"
	"github.com/recoverykit/recovery/internal/walk"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/sdm"
)

const eps = 1e-9

var testKey = []byte("0123456789abcdef0123456789abcdef")

func TestDeidentifyRemovesNamesPhonesEmails(t *testing.T) {
	p := recoverytest.IdentifyingScenario()
	out := deidentify.Plan(p, testKey, nil)
	b, err := json.Marshal(out)
	require.NoError(t, err)
	enc := string(b)
	for _, secret := range []string{
		"Sam", "Alex", "Jordan", "Rivera", "brother", // names and relationships
		"555-0142", "555-0143", "555-0144", "014-9999", "014 2222", // phones
		"alex@example.org", "sam.doe@example.org", "@example.org", // emails
		"P-0001",                                                                                                               // the person ID
		"60000000-0000-4000-8000-000000000001", "10000000-0000-4000-8000-000000000004", "50000000-0000-4000-8000-000000000003", // IDs
		"backpack", "home of my own", // free text
	} {
		assert.False(t, regexp.MustCompile(`\b`+regexp.QuoteMeta(secret)+`\b`).MatchString(enc), "%q is still in the export", secret)
	}
	assert.Contains(t, enc, `"911"`, "emergency short numbers are services and stay")
	assert.Contains(t, enc, deidentify.Pseudonym(testKey, "P-0001"))
}

func TestDeidentifyKeepTextScrubsContacts(t *testing.T) {
	out := deidentify.Plan(recoverytest.IdentifyingScenario(), testKey, &deidentify.Options{KeepText: true})
	assert.Equal(t, "[name] and I were always close; mail me at "+deidentify.RemovedEmailText+".", string(out.Strengths.Strengths[0].Statement),
		"the plan's own names are found in kept text, and so are emails")
	assert.Equal(t, "Call [name] on "+deidentify.RemovedPhoneText, string(out.Toolbox.Tools[0].Text))
	assert.Equal(t, "I stop answering [name] at "+deidentify.RemovedPhoneText, string(out.Safety.WarningSigns[0]))
	assert.Equal(t, recoverytest.Scenario().Vision, out.Vision)
	assert.Equal(t, deidentify.RemovedName, string(out.Safety.AskForHelp[0].Name))
	assert.Equal(t, "supporter 3", string(out.Supports[2].Name))
	assert.Equal(t, deidentify.RemovedPhone, string(out.Supports[2].Phone))
	assert.Equal(t, deidentify.RemovedEmail, string(out.Supports[1].Email))
	assert.Empty(t, out.Supports[0].Email)
}

func TestDeidentifyValidAndLinked(t *testing.T) {
	p := recoverytest.IdentifyingScenario()
	require.NoError(t, p.Validate())
	out := deidentify.Plan(p, testKey, nil)
	require.NoError(t, out.Validate(), "references still resolve and required fields stay filled")

	// Same key, same pseudonyms; another key, others.
	again := deidentify.Plan(p, testKey, nil)
	assert.Equal(t, out, again)
	other := deidentify.Plan(p, []byte("another key"), nil)
	assert.NotEqual(t, out.PersonID, other.PersonID)
	assert.NotEqual(t, out.ID, other.ID)

	// IDs map one to one, and references follow.
	assert.Equal(t, out.Goals[0].BuildsOn[0], out.Strengths.Strengths[0].ID)
	assert.Equal(t, out.Decisions[0].Goals[0], out.Goals[2].ID)
	assert.Equal(t, out.Decisions[0].Chosen, out.Decisions[0].Options[0].ID)
	assert.Equal(t, out.Overdose.CheckIn.SupporterID, out.Supports[0].ID)
	assert.Equal(t, uuid.Version(8), out.ID.Version())
	assert.Equal(t, uuid.RFC4122, out.ID.Variant())
	assert.Equal(t, deidentify.RemovedName, string(out.Decisions[0].Participants[1].Name))
	assert.Equal(t, sdm.RolePeer, out.Decisions[0].Participants[1].Role)
}

func TestDeidentifyDatesKeepIntervals(t *testing.T) {
	p := recoverytest.Scenario()
	out := deidentify.Plan(p, testKey, nil)
	shift := deidentify.DateShift(testKey, string(p.PersonID), nil)
	require.NotZero(t, shift)
	assert.LessOrEqual(t, shift.Abs(), time.Duration(deidentify.DefaultMaxShiftDays)*24*time.Hour)
	assert.Zero(t, shift%(24*time.Hour), "whole days")
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location()) }
	assert.True(t, out.Created.Equal(day(p.Created).Add(shift)), "shifted by whole days, without the time of day")
	assert.True(t, out.Created.Equal(deidentify.Time(testKey, string(p.PersonID), p.Created, nil)))
	assert.Equal(t, time.UTC, out.Created.Location())
	assert.Equal(t, p.Reviewed.Sub(p.Created), out.Reviewed.Sub(out.Created))
	assert.Equal(t, p.Goals[3].Steps[0].Due.Sub(p.Goals[3].Start), out.Goals[3].Steps[0].Due.Sub(out.Goals[3].Start))
	assert.Equal(t, p.Overdose.NaloxoneExpires.Sub(p.Created), out.Overdose.NaloxoneExpires.Sub(out.Created))
	assert.True(t, out.Replaces == uuid.Nil, "a zero ID stays zero")

	small := deidentify.DateShift(testKey, string(p.PersonID), &deidentify.Options{MaxShiftDays: 3})
	assert.LessOrEqual(t, small.Abs(), 3*24*time.Hour)
	assert.NotZero(t, small)

	// Different people get different shifts (with overwhelming likelihood
	// for these two fixed IDs and key).
	assert.NotEqual(t, shift, deidentify.DateShift(testKey, "P-0002", nil))
}

func TestDeidentifyScoresLikeTheOriginal(t *testing.T) {
	p := recoverytest.IdentifyingScenario()
	orig := quality.Score(p, recoverytest.ScenarioAt, nil)
	at := deidentify.Time(testKey, string(p.PersonID), recoverytest.ScenarioAt, nil)
	deid := quality.Score(deidentify.Plan(p, testKey, nil), at, nil)
	for i, c := range orig.Criteria {
		switch c.Criterion {
		case quality.CriterionOwnWords, quality.CriterionStrengthsLanguage, quality.CriterionSMARTGoals:
			continue // these read the words
		}
		assert.InDelta(t, c.Score, deid.Criteria[i].Score, eps, c.Criterion)
	}
}

func TestDeidentifyDoesNotModifyInput(t *testing.T) {
	p := recoverytest.IdentifyingScenario()
	before, err := json.Marshal(p)
	require.NoError(t, err)
	out := deidentify.Plan(p, testKey, nil)
	out.Goals[0].Steps[0].Action = "changed"
	out.Goals[0].BuildsOn[0] = uuid.Nil
	out.Overdose.OtherSteps[0] = "changed"
	out.Decisions[0].Goals[0] = uuid.Nil
	after, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

func TestDeidentifyEmptyPlan(t *testing.T) {
	out := deidentify.Plan(recovery.Plan{}, nil, nil)
	assert.Empty(t, out.PersonID, "no person ID, no pseudonym")
	assert.Nil(t, out.Goals)
	assert.Nil(t, out.Overdose)
	assert.True(t, out.Created.IsZero())
}

func TestDeidentifyKeepsVersionsLinked(t *testing.T) {
	v1 := recoverytest.Scenario()
	v2 := recoverytest.Scenario()
	v2.ID, v2.Version, v2.Replaces = recoverytest.ScenarioID(recoverytest.KindPlan, 9), 2, v1.ID
	d1 := deidentify.Plan(v1, testKey, nil)
	d2 := deidentify.Plan(v2, testKey, nil)
	assert.Equal(t, d1.ID, d2.Replaces)
	assert.Equal(t, d1.PersonID, d2.PersonID)
	assert.Equal(t, d1.Goals[0].ID, d2.Goals[0].ID)
}

func TestDateShiftBounds(t *testing.T) {
	day := 24 * time.Hour
	tests := []struct {
		name    string
		maxDays int
		bound   int
	}{
		{"default", 0, deidentify.DefaultMaxShiftDays},
		{"negative means default", -5, deidentify.DefaultMaxShiftDays},
		{"one day", 1, 1},
		{"a week", 7, 7},
		{"huge bound is limited", math.MaxInt, deidentify.LimitMaxShiftDays},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, person := range []string{"P-0001", "P-0002", "P-0003", "P-0004", "P-0005"} {
				d := deidentify.DateShift(testKey, person, &deidentify.Options{MaxShiftDays: tt.maxDays})
				assert.NotZero(t, d)
				assert.Zero(t, d%day, "whole days")
				assert.LessOrEqual(t, d.Abs(), time.Duration(tt.bound)*day)
			}
		})
	}
}

// TestNoMarkerSurvives plants a unique marker in every string of a plan that
// is not a code (the person's words, notes, names, numbers, addresses and the
// person ID) and proves that none survives de-identification with the
// default options.
func TestNoMarkerSurvives(t *testing.T) {
	n := 0
	marked := walk.Copy(recoverytest.IdentifyingScenario(), walk.Rewriter{String: func(f walk.Field, s string) string {
		if s == "" || f.Class == walk.ClassCode {
			return s
		}
		n++
		return fmt.Sprintf("ZQ%03dQ %s", n, s)
	}})
	require.Greater(t, n, 50, "markers planted")
	b, err := json.Marshal(deidentify.Plan(marked, testKey, nil))
	require.NoError(t, err)
	assert.NotRegexp(t, `ZQ\d{3}Q`, string(b))
}

// TestDeidentifyMeasures: a decision's measure responses keep their
// instrument, version, respondent and answers, their times move with the
// rest of the plan's, and the copy shares no answers with the original.
func TestDeidentifyMeasures(t *testing.T) {
	p := recoverytest.IdentifyingScenario()
	d := &p.Decisions[0]
	d.Measures = []sdm.MeasureResponse{
		{Instrument: sdm.InstrumentCollaboRATE, Version: sdm.CollaboRATEVersion10, Respondent: sdm.RolePerson,
			AnsweredAt: d.DecidedAt.Add(26*time.Hour + 17*time.Minute), Items: []int{9, 8, 9}},
		{Instrument: sdm.InstrumentOPTION5, AnsweredAt: d.DecidedAt.Add(3 * time.Hour), Items: []int{2, 1, 0, 3, 2}},
	}
	require.NoError(t, p.Validate())
	for _, opts := range []*deidentify.Options{nil, {KeepTimeOfDay: true}, {SafeHarbor: true}} {
		out := deidentify.Plan(p, testKey, opts)
		require.NoError(t, out.Validate())
		got := out.Decisions[0].Measures
		require.Len(t, got, 2)
		for i, m := range got {
			want := d.Measures[i]
			assert.Equal(t, want.Instrument, m.Instrument)
			assert.Equal(t, want.Version, m.Version)
			assert.Equal(t, want.Respondent, m.Respondent)
			assert.Equal(t, want.Items, m.Items)
			assert.True(t, m.AnsweredAt.Equal(deidentify.Time(testKey, string(p.PersonID), want.AnsweredAt, opts)), "%v", opts)
		}
		if opts == nil {
			assert.False(t, got[0].AnsweredAt.Equal(d.Measures[0].AnsweredAt), "the time is shifted")
			assert.Equal(t, 1, int(got[0].AnsweredAt.Sub(out.Decisions[0].DecidedAt)/(24*time.Hour)), "whole days between decision and response survive")
		}
		got[0].Items[0] = 0
		assert.Equal(t, 9, d.Measures[0].Items[0], "the copy shares no answers with the original")
	}
}
