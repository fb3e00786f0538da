package recovery_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/strengths"
)

// limitsPlan is richPlan with every part that has a limit: a statement,
// a safety plan and a toolbox.
func limitsPlan() recovery.Plan {
	p := richPlan()
	p.Strengths.Aspects = []strengths.Aspect{{ID: uuid.MustParse("7a000000-0000-4000-8000-000000000001"),
		Area: life.AreaHousing, Kind: strengths.AspectNeed, Text: "A quiet place."}}
	p.Safety = &crisis.SafetyPlan{ID: uuid.MustParse("7a000000-0000-4000-8000-000000000002"), Reviewed: at}
	p.Toolbox = &crisis.Toolbox{ID: uuid.MustParse("7a000000-0000-4000-8000-000000000003"), Reviewed: at}
	p.Goals[0].Steps[0].Done = at
	return p
}

// TestTextLimits checks every text limit of the table in the package
// comment at its boundary: the limit passes, one character more is rule
// "max" with the limit as Param. Characters are counted, not bytes: the
// text is made of a two-byte letter.
func TestTextLimits(t *testing.T) {
	tests := []struct {
		path  string
		limit int
		set   func(p *recovery.Plan, s string)
	}{
		{"vision", 2000, func(p *recovery.Plan, s string) { set(&p.Vision, s) }},
		{"personId", 128, func(p *recovery.Plan, s string) { set(&p.PersonID, s) }},
		{"goals[0].statement", 500, func(p *recovery.Plan, s string) { set(&p.Goals[0].Statement, s) }},
		{"goals[0].measure", 500, func(p *recovery.Plan, s string) { set(&p.Goals[0].Measure, s) }},
		{"goals[0].why", 1000, func(p *recovery.Plan, s string) { set(&p.Goals[0].Why, s) }},
		{"goals[0].steps[0].action", 500, func(p *recovery.Plan, s string) { set(&p.Goals[0].Steps[0].Action, s) }},
		{"strengths.strengths[0].statement", 500, func(p *recovery.Plan, s string) { set(&p.Strengths.Strengths[0].Statement, s) }},
		{"strengths.aspects[0].text", 500, func(p *recovery.Plan, s string) { set(&p.Strengths.Aspects[0].Text, s) }},
		{"decisions[0].question", 500, func(p *recovery.Plan, s string) { set(&p.Decisions[0].Question, s) }},
		{"decisions[0].whatMatters[0]", 500, func(p *recovery.Plan, s string) { set(&p.Decisions[0].WhatMatters[0], s) }},
		{"decisions[0].options[0].name", 200, func(p *recovery.Plan, s string) { set(&p.Decisions[0].Options[0].Name, s) }},
		{"decisions[0].options[0].benefits[0]", 500, func(p *recovery.Plan, s string) { set(&p.Decisions[0].Options[0].Benefits[0], s) }},
		{"decisions[0].options[0].harms[0]", 500, func(p *recovery.Plan, s string) { set(&p.Decisions[0].Options[0].Harms[0], s) }},
		{"decisions[0].options[0].evidence", 2000, func(p *recovery.Plan, s string) { set(&p.Decisions[0].Options[0].Evidence, s) }},
		{"decisions[0].options[0].source", 500, func(p *recovery.Plan, s string) { set(&p.Decisions[0].Options[0].Source, s) }},
		{"decisions[0].participants[1].name", 200, func(p *recovery.Plan, s string) { set(&p.Decisions[0].Participants[1].Name, s) }},
		{"supports[0].name", 200, func(p *recovery.Plan, s string) { set(&p.Supports[0].Name, s) }},
		{"supports[0].relationship", 200, func(p *recovery.Plan, s string) { set(&p.Supports[0].Relationship, s) }},
		{"overdose.naloxoneLocation", 500, func(p *recovery.Plan, s string) { set(&p.Overdose.NaloxoneLocation, s) }},
		{"overdose.checkInHow", 1000, func(p *recovery.Plan, s string) { set(&p.Overdose.CheckInHow, s) }},
		{"overdose.otherSteps[0]", 500, func(p *recovery.Plan, s string) { set(&p.Overdose.OtherSteps[0], s) }},
		{"overdose.naloxoneCarrier.name", 200, func(p *recovery.Plan, s string) { set(&p.Overdose.NaloxoneCarrier.Name, s) }},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for _, n := range []int{tt.limit, tt.limit + 1} {
				p := limitsPlan()
				tt.set(&p, strings.Repeat("é", n))
				err := p.Validate()
				if n == tt.limit {
					assert.NoError(t, err, "%d characters", n)
					continue
				}
				var ve *recovery.ValidationError
				require.ErrorAs(t, err, &ve)
				assert.Equal(t, []recovery.Problem{{Path: tt.path, Rule: "max", Param: itoa(tt.limit)}}, ve.Problems)
			}
		})
	}
}

// TestListLimits checks the limits on the number of items of a list.
func TestListLimits(t *testing.T) {
	tests := []struct {
		path  string
		limit int
		set   func(p *recovery.Plan, n int)
	}{
		{"decisions[0].whatMatters", 20, func(p *recovery.Plan, n int) { p.Decisions[0].WhatMatters = items[phi.Words](n) }},
		{"decisions[0].options[0].benefits", 20, func(p *recovery.Plan, n int) { p.Decisions[0].Options[0].Benefits = items[phi.Note](n) }},
		{"decisions[0].options[0].harms", 20, func(p *recovery.Plan, n int) { p.Decisions[0].Options[0].Harms = items[phi.Note](n) }},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for _, n := range []int{tt.limit, tt.limit + 1} {
				p := limitsPlan()
				tt.set(&p, n)
				err := p.Validate()
				if n == tt.limit {
					assert.NoError(t, err, "%d items", n)
					continue
				}
				var ve *recovery.ValidationError
				require.ErrorAs(t, err, &ve)
				assert.Equal(t, []recovery.Problem{{Path: tt.path, Rule: "max", Param: itoa(tt.limit)}}, ve.Problems)
			}
		})
	}
}

// set stores s in a text field of any string type.
func set[T ~string](dst *T, s string) { *dst = T(s) }

func items[T ~string](n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = T("a point " + itoa(i))
	}
	return out
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestTimeLimits checks every time of a plan at the edges of the years 1 to
// 9999: the first and last instants pass, the instants just outside are
// rule "range" (year 0 cannot be written as a FHIR date, year 10000 cannot
// be marshalled as JSON), whether the year is outside in UTC or in the
// time's own location.
func TestTimeLimits(t *testing.T) {
	fields := []struct {
		path string
		set  func(p *recovery.Plan, t time.Time)
	}{
		{"created", func(p *recovery.Plan, t time.Time) { p.Created = t }},
		{"agreedAt", func(p *recovery.Plan, t time.Time) { p.AgreedAt = t }},
		{"reviewed", func(p *recovery.Plan, t time.Time) { p.Reviewed = t }},
		{"supports[0].consentedAt", func(p *recovery.Plan, t time.Time) { p.Supports[0].ConsentedAt = t }},
		{"strengths.assessedAt", func(p *recovery.Plan, t time.Time) { p.Strengths.AssessedAt = t }},
		{"goals[0].start", func(p *recovery.Plan, t time.Time) { p.Goals[0].Start = t }},
		{"goals[0].due", func(p *recovery.Plan, t time.Time) { p.Goals[0].Due = t }},
		{"goals[0].steps[0].due", func(p *recovery.Plan, t time.Time) { p.Goals[0].Steps[0].Due = t }},
		{"goals[0].steps[0].done", func(p *recovery.Plan, t time.Time) { p.Goals[0].Steps[0].Done = t }},
		{"decisions[0].decidedAt", func(p *recovery.Plan, t time.Time) { p.Decisions[0].DecidedAt = t }},
		{"decisions[0].revisitBy", func(p *recovery.Plan, t time.Time) { p.Decisions[0].RevisitBy = t }},
		{"overdose.naloxoneExpires", func(p *recovery.Plan, t time.Time) { p.Overdose.NaloxoneExpires = t }},
		{"overdose.reviewed", func(p *recovery.Plan, t time.Time) { p.Overdose.Reviewed = t }},
		{"safety.reviewed", func(p *recovery.Plan, t time.Time) { p.Safety.Reviewed = t }},
		{"toolbox.reviewed", func(p *recovery.Plan, t time.Time) { p.Toolbox.Reviewed = t }},
	}
	east := time.FixedZone("UTC+14", 14*3600)
	times := []struct {
		name string
		at   time.Time
		ok   bool
	}{
		{"the first instant of year 1", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"the last instant of year 0", time.Date(0, 12, 31, 23, 59, 59, 999999999, time.UTC), false},
		{"year 1 in its location, year 0 in UTC", time.Date(1, 1, 1, 1, 0, 0, 0, east), false},
		{"the last instant of year 9999", time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC), true},
		{"the first instant of year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), false},
	}
	for _, f := range fields {
		for _, tm := range times {
			t.Run(f.path+"/"+tm.name, func(t *testing.T) {
				p := limitsPlan()
				f.set(&p, tm.at)
				err := p.Validate()
				var ve *recovery.ValidationError
				if tm.ok {
					if err != nil {
						require.ErrorAs(t, err, &ve)
						assert.False(t, ve.Has(f.path, "range"), "%v", err)
					}
					return
				}
				require.ErrorAs(t, err, &ve)
				assert.True(t, ve.Has(f.path, "range"), "%v", err)
			})
		}
	}
}

func TestDecodePlan(t *testing.T) {
	valid, err := json.Marshal(richPlan())
	require.NoError(t, err)
	atLimit := append(append([]byte(nil), valid...), bytes.Repeat([]byte(" "), recovery.MaxPlanBytes-len(valid))...)
	invalid := richPlan()
	invalid.Goals[0].Statement = ""
	invalidJSON, err := json.Marshal(invalid)
	require.NoError(t, err)
	tests := []struct {
		name    string
		in      []byte
		wantErr error
	}{
		{"a plan", valid, nil},
		{"a plan of MaxPlanBytes", atLimit, nil},
		{"MaxPlanBytes+1", append(atLimit, ' '), recovery.ErrTooLarge},
		{"far over MaxPlanBytes", bytes.Repeat([]byte("["), 4*recovery.MaxPlanBytes), recovery.ErrTooLarge},
		{"an invalid plan", invalidJSON, recovery.ErrInvalid},
		{"a syntax error", []byte(`{"vision": Zelda}`), recovery.ErrJSON},
		{"a number where text belongs", []byte(`{"vision": 2125550147}`), recovery.ErrJSON},
		{"a time that is not one", []byte(`{"created": "call Zelda"}`), recovery.ErrJSON},
		{"data after the plan", append(append([]byte(nil), valid...), " {}"...), recovery.ErrJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := recovery.DecodePlan(bytes.NewReader(tt.in))
			if tt.wantErr == nil {
				require.NoError(t, err)
				assert.Equal(t, richPlan().ID, p.ID)
				return
			}
			require.ErrorIs(t, err, tt.wantErr)
			for _, secret := range []string{"Zelda", "2125550147"} {
				assert.NotContains(t, err.Error(), secret)
			}
			if tt.wantErr == recovery.ErrInvalid {
				assert.Equal(t, invalid.ID, p.ID, "an invalid plan is returned with its problems")
			}
		})
	}
}
