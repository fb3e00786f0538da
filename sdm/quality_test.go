package sdm_test

import (
	"strings"
	"testing"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/sdm"
)

func TestQuality(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(r *sdm.DecisionRecord)
		points   int
		possible int
		open     []sdm.FindingCode // criteria not met
		absent   []sdm.FindingCode // criteria that do not apply
	}{
		{name: "complete, chose the recommendation", edit: func(*sdm.DecisionRecord) {},
			points: 100, possible: 100},
		{name: "chose differently, risks talked through", edit: func(r *sdm.DecisionRecord) { r.Chosen = optWait },
			points: 100, possible: 100},
		{name: "chose differently, risks not recorded", edit: func(r *sdm.DecisionRecord) { r.Chosen, r.RisksDiscussed = optWait, false },
			points: 90, possible: 100, open: []sdm.FindingCode{sdm.FindingRisksDiscussed}},
		{name: "no question", edit: func(r *sdm.DecisionRecord) { r.Question = "" },
			points: 90, possible: 100, open: []sdm.FindingCode{sdm.FindingChoiceClear}},
		{name: "peer involved without recorded consent", edit: func(r *sdm.DecisionRecord) { r.Participants[1].Consent = false },
			points: 95, possible: 100, open: []sdm.FindingCode{sdm.FindingConsentRecorded}},
		{name: "the person alone", edit: func(r *sdm.DecisionRecord) { r.Participants = r.Participants[:1] },
			points: 95, possible: 95, absent: []sdm.FindingCode{sdm.FindingConsentRecorded}},
		{name: "one option", edit: func(r *sdm.DecisionRecord) { r.Options = r.Options[:1] },
			points: 85, possible: 100, open: []sdm.FindingCode{sdm.FindingTwoOptions}},
		{name: "an option without harms or evidence", edit: func(r *sdm.DecisionRecord) {
			r.Options[1].Harms = []phi.Note{""}
			r.Options[1].Source = ""
		}, points: 80, possible: 100, open: []sdm.FindingCode{sdm.FindingBenefitsHarms, sdm.FindingEvidenceSourced}},
		{name: "what matters not yet asked", edit: func(r *sdm.DecisionRecord) { r.WhatMatters = []phi.Words{""} },
			points: 85, possible: 100, open: []sdm.FindingCode{sdm.FindingPreferencesElicited}},
		{name: "chosen by the provider alone", edit: func(r *sdm.DecisionRecord) { r.ChosenBy = []sdm.Role{sdm.RoleProvider} },
			points: 80, possible: 100, open: []sdm.FindingCode{sdm.FindingPersonChose}},
		{name: "no revisit date", edit: func(r *sdm.DecisionRecord) { r.RevisitBy = time.Time{} },
			points: 95, possible: 100, open: []sdm.FindingCode{sdm.FindingRevisitDate}},
		{name: "chose the recommendation, risks not talked through", edit: func(r *sdm.DecisionRecord) { r.RisksDiscussed = false },
			points: 90, possible: 100, open: []sdm.FindingCode{sdm.FindingRisksDiscussed}},
		{name: "no option lists a harm, chose the recommendation", edit: func(r *sdm.DecisionRecord) {
			for i := range r.Options {
				r.Options[i].Harms = nil
			}
			r.RisksDiscussed = false
		}, points: 75, possible: 90, open: []sdm.FindingCode{sdm.FindingBenefitsHarms},
			absent: []sdm.FindingCode{sdm.FindingRisksDiscussed}},
		{name: "team talk just begun", edit: func(r *sdm.DecisionRecord) {
			*r = sdm.DecisionRecord{ID: recID, Question: "q", Stage: sdm.StageTeamTalk, Participants: []sdm.Participant{{Role: sdm.RolePerson}}}
		}, points: 10, possible: 85,
			open: []sdm.FindingCode{sdm.FindingTwoOptions, sdm.FindingBenefitsHarms, sdm.FindingEvidenceSourced,
				sdm.FindingPreferencesElicited, sdm.FindingPersonChose, sdm.FindingRevisitDate},
			absent: []sdm.FindingCode{sdm.FindingConsentRecorded, sdm.FindingRisksDiscussed}},
		{name: "zero record", edit: func(r *sdm.DecisionRecord) { *r = sdm.DecisionRecord{} }, points: 0, possible: 85,
			open: []sdm.FindingCode{sdm.FindingChoiceClear, sdm.FindingTwoOptions, sdm.FindingBenefitsHarms, sdm.FindingEvidenceSourced,
				sdm.FindingPreferencesElicited, sdm.FindingPersonChose, sdm.FindingRevisitDate},
			absent: []sdm.FindingCode{sdm.FindingConsentRecorded, sdm.FindingRisksDiscussed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := complete()
			tt.edit(&r)
			q := r.Quality()
			assert.Equal(t, tt.points, q.Points)
			assert.Equal(t, tt.possible, q.Possible)
			assert.Equal(t, float64(tt.points)/float64(tt.possible), q.Score)

			// Findings follow FindingCodes, skipping those that do not apply.
			var want []sdm.FindingCode
			for _, c := range sdm.FindingCodes() {
				if !contains(tt.absent, c) {
					want = append(want, c)
				}
			}
			var got, open []sdm.FindingCode
			points := 0
			for _, f := range q.Findings {
				got = append(got, f.Code)
				assert.Equal(t, f.Code.Weight(), f.Weight)
				assert.Equal(t, f.Met, q.Met(f.Code))
				if f.Met {
					points += f.Weight
				} else {
					open = append(open, f.Code)
				}
			}
			assert.Equal(t, want, got)
			assert.Equal(t, tt.open, open)
			assert.Equal(t, q.Points, points)
		})
	}
}

func contains(cs []sdm.FindingCode, c sdm.FindingCode) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func TestQualityListsOptionsToDescribe(t *testing.T) {
	r := complete()
	r.Options[0].Benefits = nil
	r.Options[2].Harms = nil
	r.Options[2].Evidence = ""
	q := r.Quality()
	for _, f := range q.Findings {
		switch f.Code {
		case sdm.FindingBenefitsHarms:
			assert.Equal(t, []uuid.UUID{optA, optWait}, f.Options)
		case sdm.FindingEvidenceSourced:
			assert.Equal(t, []uuid.UUID{optWait}, f.Options)
		default:
			assert.Nil(t, f.Options, f.Code)
		}
	}
}

func TestFindingCodes(t *testing.T) {
	total := 0
	for _, c := range sdm.FindingCodes() {
		require.True(t, c.IsValid(), c)
		assert.Positive(t, c.Weight())
		assert.Equal(t, strings.ToLower(string(c)), string(c))
		total += c.Weight()
	}
	assert.Equal(t, 100, total, "weights sum to 100")
	assert.Len(t, sdm.FindingCodes(), 9)
	assert.False(t, sdm.FindingCode("").IsValid())
	assert.Zero(t, sdm.FindingCode("unknown").Weight())
}

// TestFindingWording checks that findings use strengths-based words and never
// repeat text from the record.
func TestFindingWording(t *testing.T) {
	deficit := []string{"missing", "fail", "lack", "deficien", "non-compliant", "noncompliant",
		"refus", "poor", "must", "should", "wrong", "problem", "bad"}
	records := []sdm.DecisionRecord{complete(), {}, recordFromMask(0), recordFromMask(1<<9 - 1)}
	seen := map[string]bool{}
	for _, rec := range records {
		for _, f := range rec.Quality().Findings {
			msg := strings.ToLower(f.Message)
			require.NotEmpty(t, msg)
			seen[f.Message] = true
			for _, w := range deficit {
				assert.NotContains(t, msg, w, f.Code)
			}
			for _, text := range []string{"naloxone", "Jordan", "community program", "been there"} {
				assert.NotContains(t, f.Message, text)
			}
		}
	}
	assert.Len(t, seen, 18, "each criterion has a met and a not-yet wording")
}

func TestQualityScoreProperties(t *testing.T) {
	// Every combination of the nine criteria stays in 0..1, scores exactly
	// the weights of the criteria met, and meeting one more criterion never
	// lowers the score.
	weights := make([]int, 9)
	for i, c := range sdm.FindingCodes() {
		weights[i] = c.Weight()
	}
	for mask := range 1 << 9 {
		q := recordFromMask(mask).Quality()
		assert.GreaterOrEqual(t, q.Score, 0.0)
		assert.LessOrEqual(t, q.Score, 1.0)
		want := 0
		for i, w := range weights {
			if mask&(1<<i) != 0 {
				want += w
			}
		}
		require.Equal(t, 100, q.Possible, "mask %09b", mask)
		assert.Equal(t, want, q.Points, "mask %09b", mask)
		for i := range 9 {
			if mask&(1<<i) == 0 {
				assert.Greater(t, recordFromMask(mask|1<<i).Quality().Score, q.Score)
			}
		}
	}
}

// recordFromMask builds a record in which every criterion applies and meets
// those whose bits are set, bit i for FindingCodes()[i]. The person chose an
// option other than the one recommended.
func recordFromMask(mask int) sdm.DecisionRecord {
	r := complete()
	r.Chosen = optB
	if mask&(1<<0) == 0 {
		r.Question = ""
	}
	if mask&(1<<1) == 0 {
		r.Participants[1].Consent = false
	}
	if mask&(1<<2) == 0 {
		r.Options = r.Options[1:2]
	}
	if mask&(1<<3) == 0 {
		r.Options[0].Harms = nil
	}
	if mask&(1<<4) == 0 {
		r.Options[0].Source = ""
	}
	if mask&(1<<5) == 0 {
		r.WhatMatters = nil
	}
	if mask&(1<<6) == 0 {
		r.ChosenBy = []sdm.Role{sdm.RolePeer}
	}
	if mask&(1<<7) == 0 {
		r.RisksDiscussed = false
	}
	if mask&(1<<8) == 0 {
		r.RevisitBy = time.Time{}
	}
	return r
}
