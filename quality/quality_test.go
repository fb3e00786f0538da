package quality_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
	"github.com/recoverykit/recovery/wording"
)

var update = flag.Bool("update", false, "rewrite golden files")

const eps = 1e-9

func TestScoreRichPlanFull(t *testing.T) {
	q := quality.Score(richPlan(), at, nil)
	assert.InDelta(t, 100, q.Total, eps)
	assert.Empty(t, q.Findings, "a plan meeting every criterion has no findings")
	assert.Equal(t, quality.RubricVersion, q.Rubric)
	assert.Equal(t, id(recoverytest.KindPlan, 1), q.PlanID)
	assert.Equal(t, 1, q.Version)
	require.Len(t, q.Criteria, 16)
	for _, c := range q.Criteria {
		assert.InDelta(t, 1, c.Score, eps, c.Criterion)
		assert.InDelta(t, 0.25, c.Weight, eps, c.Criterion)
	}
}

func TestScoreRichOutscoresSparse(t *testing.T) {
	rich := quality.Score(richPlan(), at, nil)
	sparse := quality.Score(sparsePlan(), at, nil)
	assert.Greater(t, rich.Total, sparse.Total)
	for _, p := range quality.Ps() {
		assert.GreaterOrEqual(t, rich.Subtotal(p), sparse.Subtotal(p), p)
	}
	assert.Less(t, sparse.Total, 25.0)
	// Every criterion the sparse plan misses is a finding, in rubric order.
	var missed []quality.Criterion
	for _, c := range sparse.Criteria {
		if c.Score < 1 {
			missed = append(missed, c.Criterion)
		}
	}
	var found []quality.Criterion
	for _, f := range sparse.Findings {
		found = append(found, f.Criterion)
		assert.Equal(t, f.Criterion.P(), f.P)
		assert.Equal(t, f.Criterion.Principle(), f.Principle)
		assert.True(t, f.Principle.IsValid())
		assert.NotEmpty(t, f.Suggestion)
		assert.Empty(t, wording.Check(f.Suggestion, wording.WhoseTeam, nil), "suggestions use strengths-based language")
	}
	assert.Equal(t, missed, found)
}

func TestScoreSubtotalsAddUp(t *testing.T) {
	weights := &quality.Options{Weights: map[quality.Criterion]float64{
		quality.CriterionOwnWords: 3, quality.CriterionCrisisReady: 0.5, quality.CriterionVision: 0,
	}}
	for _, p := range []recovery.Plan{richPlan(), sparsePlan(), {}} {
		for _, opts := range []*quality.Options{nil, weights} {
			q := quality.Score(p, at, opts)
			assert.InDelta(t, q.Philosophy+q.Process+q.Plan+q.Purpose, q.Total, eps)
			sums := map[quality.P]float64{}
			weightSums := map[quality.P]float64{}
			for _, c := range q.Criteria {
				assert.GreaterOrEqual(t, c.Score, 0.0)
				assert.LessOrEqual(t, c.Score, 1.0)
				assert.InDelta(t, c.Score*c.Weight*quality.PointsPerP, c.Points, eps)
				sums[c.P] += c.Points
				weightSums[c.P] += c.Weight
			}
			for _, pp := range quality.Ps() {
				assert.InDelta(t, sums[pp], q.Subtotal(pp), eps, pp)
				assert.InDelta(t, 1, weightSums[pp], eps, pp)
				assert.LessOrEqual(t, q.Subtotal(pp), quality.PointsPerP+eps)
			}
		}
	}
}

func TestScoreWeights(t *testing.T) {
	p := richPlan()
	p.Vision = "" // vision scores 0
	eq := quality.Score(p, at, nil)
	assert.InDelta(t, 75, eq.Philosophy/quality.PointsPerP*100, eps, "one of four equal criteria missed")

	heavy := quality.Score(p, at, &quality.Options{Weights: map[quality.Criterion]float64{quality.CriterionVision: 2}})
	assert.InDelta(t, 25*3.0/5, heavy.Philosophy, eps, "vision weighs 2 of 5")
	c, ok := heavy.Criterion(quality.CriterionVision)
	require.True(t, ok)
	assert.InDelta(t, 0.4, c.Weight, eps)

	off := quality.Score(p, at, &quality.Options{Weights: map[quality.Criterion]float64{quality.CriterionVision: 0}})
	assert.InDelta(t, 25, off.Philosophy, eps, "a criterion weighted 0 is left out")
	assert.Empty(t, off.Findings, "no finding for a criterion left out")

	bad := quality.Score(p, at, &quality.Options{Weights: map[quality.Criterion]float64{quality.CriterionVision: math.NaN()}})
	assert.InDelta(t, 25, bad.Philosophy, eps, "NaN counts as 0")

	allZero := quality.Score(p, at, &quality.Options{Weights: map[quality.Criterion]float64{
		quality.CriterionOwnWords: 0, quality.CriterionStrengthsLanguage: 0, quality.CriterionVision: 0, quality.CriterionStrengthsIdentified: -1,
	}})
	assert.InDelta(t, 0, allZero.Philosophy, eps)
	assert.InDelta(t, 75, allZero.Total, eps)
}

// TestScoreCriteria lowers one criterion of the rich plan at a time.
func TestScoreCriteria(t *testing.T) {
	day := 24 * time.Hour
	tests := []struct {
		criterion quality.Criterion
		name      string
		mutate    func(p *recovery.Plan)
		score     float64
		ids       []uuid.UUID
		notes     []quality.Note
		also      []quality.Criterion // other criteria this change may lower
	}{
		{quality.CriterionOwnWords, "goal in a provider's words", func(p *recovery.Plan) {
			p.Goals[1].Statement = "Client to stop smoking"
		}, 8.0 / 9, []uuid.UUID{id(recoverytest.KindGoal, 2)}, nil, nil},
		{quality.CriterionOwnWords, "strength named by a provider", func(p *recovery.Plan) {
			p.Strengths.Strengths[2].Source = strengths.SourceProvider
		}, 8.0 / 9, []uuid.UUID{id(recoverytest.KindStrength, 3)}, nil, nil},
		{quality.CriterionOwnWords, "cancelled goals do not count", func(p *recovery.Plan) {
			p.Goals[1].Statement = "Client to stop smoking"
			p.Goals[1].Status = goals.StatusCancelled
		}, 1, nil, nil, nil},
		{quality.CriterionStrengthsLanguage, "stigmatizing terms", func(p *recovery.Plan) {
			p.Goals[0].Why = "He is no junkie and he is not crazy."      // written about the person: checked
			p.Overdose.CheckInHow = "Text me if I get high."             // the person's own words: theirs
			p.Decisions[0].Options[1].Evidence = "addicts get kits here" // the team's words: checked
		}, 1 - 2.0/46, []uuid.UUID{id(recoverytest.KindGoal, 1), id(recoverytest.KindOption, 2)}, []quality.Note{"addict", "slang-label"}, nil},
		{quality.CriterionStrengthsLanguage, "the team's text in the plan's language", func(p *recovery.Plan) {
			p.Language = "es-MX"
			p.Decisions[0].Options[1].Evidence = "Paciente incumplidor, dio sucio" // read with the Spanish rules
		}, 1 - 1.0/46, []uuid.UUID{id(recoverytest.KindOption, 2)}, []quality.Note{"dirty-test", "non-compliant"}, nil},
		{quality.CriterionVision, "no vision", func(p *recovery.Plan) { p.Vision = "  " },
			0, []uuid.UUID{id(recoverytest.KindPlan, 1)}, nil, nil},
		{quality.CriterionVision, "a vision of Unicode spaces only", func(p *recovery.Plan) { p.Vision = "\t\u00a0\u2003\n" },
			0, []uuid.UUID{id(recoverytest.KindPlan, 1)}, nil, nil},
		{quality.CriterionStrengthsIdentified, "one strength", func(p *recovery.Plan) {
			p.Strengths.Strengths = p.Strengths.Strengths[:1]
		}, 0.5/3 + 0.25, []uuid.UUID{id(recoverytest.KindOther, 1)}, nil, []quality.Criterion{quality.CriterionBuildsOnStrengths, quality.CriterionWholePerson}},
		{quality.CriterionStrengthsIdentified, "three strengths, one area", func(p *recovery.Plan) {
			for i := range p.Strengths.Strengths {
				p.Strengths.Strengths[i].Area = life.AreaSocial
			}
		}, 0.75, []uuid.UUID{id(recoverytest.KindOther, 1)}, nil, []quality.Criterion{quality.CriterionWholePerson}},
		{quality.CriterionCoCreated, "not agreed", func(p *recovery.Plan) { p.AgreedAt = time.Time{} },
			0.5, []uuid.UUID{id(recoverytest.KindPlan, 1)}, []quality.Note{"not-agreed"}, nil},
		{quality.CriterionCoCreated, "agreed later than at", func(p *recovery.Plan) { p.AgreedAt = at.Add(day) },
			0.5, []uuid.UUID{id(recoverytest.KindPlan, 1)}, []quality.Note{"not-agreed"}, nil},
		{quality.CriterionCoCreated, "written without the person", func(p *recovery.Plan) {
			p.CoCreators = []recovery.CoCreator{{Role: sdm.RoleProvider}}
		}, 0.5, []uuid.UUID{id(recoverytest.KindPlan, 1)}, []quality.Note{"person-not-co-creator"}, nil},
		{quality.CriterionSharedDecisions, "no decisions", func(p *recovery.Plan) { p.Decisions = nil },
			0, nil, nil, nil},
		{quality.CriterionSharedDecisions, "a decision without preferences", func(p *recovery.Plan) {
			p.Decisions[0].WhatMatters = nil
		}, 85.0 / 100, []uuid.UUID{id(recoverytest.KindDecision, 1)}, nil, nil},
		{quality.CriterionSharedDecisions, "a choice the provider made alone", func(p *recovery.Plan) {
			p.Decisions[0].ChosenBy = []sdm.Role{sdm.RoleProvider}
		}, 0, []uuid.UUID{id(recoverytest.KindDecision, 1)}, []quality.Note{quality.NoteChosenWithoutPerson}, nil},
		{quality.CriterionSharedDecisions, "a second decision under way", func(p *recovery.Plan) {
			p.Decisions = append(p.Decisions, sdm.DecisionRecord{ID: id(recoverytest.KindDecision, 2), Question: "Should I tell my boss?", Stage: sdm.StageOptionTalk,
				Participants: []sdm.Participant{{Role: sdm.RolePerson}}})
		}, 1, nil, nil, nil},
		{quality.CriterionNaturalSupports, "only paid supports", func(p *recovery.Plan) {
			p.Supports[1].Role = recovery.SupporterRoleProvider
			p.Supports[2].ConsentToInvolve = false // a recorded no
		}, 0.5, nil, []quality.Note{quality.NoteNoNaturalSupport}, nil},
		{quality.CriterionNaturalSupports, "a supporter not yet asked about", func(p *recovery.Plan) {
			p.Supports[1].Role = recovery.SupporterRoleProvider
			p.Supports[2].ConsentToInvolve, p.Supports[2].ConsentedAt = false, time.Time{}
		}, 0.5 * 2 / 3, []uuid.UUID{id(recoverytest.KindSupporter, 3)}, []quality.Note{quality.NoteConsentToInvolve, quality.NoteNoNaturalSupport}, nil},
		{quality.CriterionNaturalSupports, "a recorded no beside natural supports", func(p *recovery.Plan) {
			p.Supports[2].ConsentToInvolve = false
		}, 1, nil, nil, nil},
		{quality.CriterionNaturalSupports, "no supports", func(p *recovery.Plan) {
			p.Supports = nil
			p.Overdose.NaloxoneCarrier.SupporterID = uuid.Nil
			p.Overdose.CheckIn.SupporterID = uuid.Nil
		}, 0, nil, []quality.Note{"no-natural-support"}, nil},
		{quality.CriterionReviewed, "never reviewed nor agreed", func(p *recovery.Plan) {
			p.Reviewed, p.AgreedAt = time.Time{}, time.Time{}
		}, 0, []uuid.UUID{id(recoverytest.KindPlan, 1)}, []quality.Note{"never-reviewed"}, []quality.Criterion{quality.CriterionCoCreated}},
		{quality.CriterionReviewed, "review due", func(p *recovery.Plan) {
			p.Created = at.Add(-200 * day)
			p.AgreedAt = at.Add(-199 * day)
			p.Reviewed = at.Add(-91 * day)
		}, 0.5, []uuid.UUID{id(recoverytest.KindPlan, 1)}, []quality.Note{quality.NoteReviewDue}, nil},
		{quality.CriterionReviewed, "a review dated after the scoring time leaves the agreement", func(p *recovery.Plan) {
			p.Reviewed = at.Add(day)
		}, 1, nil, nil, nil},
		{quality.CriterionReviewed, "an agreement dated after the scoring time leaves the review", func(p *recovery.Plan) {
			p.AgreedAt = at.Add(day)
		}, 1, nil, nil, []quality.Criterion{quality.CriterionCoCreated}},
		{quality.CriterionSMARTGoals, "no short-term goals", func(p *recovery.Plan) { p.Goals = p.Goals[5:]; p.Decisions[0].Goals = nil },
			0, nil, nil, []quality.Criterion{quality.CriterionActionSteps, quality.CriterionWholePerson}},
		{quality.CriterionActionSteps, "an active goal without steps", func(p *recovery.Plan) { p.Goals[3].Steps = nil },
			0.8, []uuid.UUID{id(recoverytest.KindGoal, 4)}, nil, []quality.Criterion{quality.CriterionSMARTGoals}},
		{quality.CriterionActionSteps, "steps without dates", func(p *recovery.Plan) { p.Goals[0].Steps[0].Due = time.Time{} },
			0.8, []uuid.UUID{id(recoverytest.KindGoal, 1)}, nil, nil},
		{quality.CriterionActionSteps, "no active goal", func(p *recovery.Plan) {
			for i := range p.Goals {
				p.Goals[i].Status = goals.StatusPlanned
			}
		}, 0, nil, []quality.Note{"no-active-goal"}, nil},
		{quality.CriterionRankedTimeline, "an unranked goal", func(p *recovery.Plan) { p.Goals[5].Importance = 0 },
			0.5*5/6 + 0.5, []uuid.UUID{id(recoverytest.KindGoal, 6)}, []quality.Note{"not-ranked"}, nil},
		{quality.CriterionRankedTimeline, "two goals at one place on the timeline are the person's choice", func(p *recovery.Plan) { p.Goals[5].Order = 1 },
			1, nil, nil, nil},
		{quality.CriterionRankedTimeline, "two goals of the same importance are the person's choice", func(p *recovery.Plan) { p.Goals[5].Importance = 1 },
			1, nil, nil, nil},
		{quality.CriterionRankedTimeline, "an unplaced goal", func(p *recovery.Plan) { p.Goals[2].Order = 0 },
			0.5 + 0.5*5/6, []uuid.UUID{id(recoverytest.KindGoal, 3)}, []quality.Note{"not-placed"}, nil},
		{quality.CriterionCrisisReady, "no crisis plan", func(p *recovery.Plan) { p.Overdose = nil },
			0, nil, []quality.Note{"no-crisis-plan"}, nil},
		{quality.CriterionCrisisReady, "naloxone expired", func(p *recovery.Plan) { p.Overdose.NaloxoneExpires = at.Add(-day) },
			10.5 / 11, []uuid.UUID{id(recoverytest.KindCrisis, 1)}, []quality.Note{quality.NoteNaloxoneExpired}, nil},
		{quality.CriterionCrisisReady, "naloxone expiry never checked", func(p *recovery.Plan) { p.Overdose.NaloxoneExpires = time.Time{} },
			10.0 / 11, []uuid.UUID{id(recoverytest.KindCrisis, 1)}, []quality.Note{quality.Note(crisis.FieldNaloxoneExpiry)}, nil},
		{quality.CriterionCrisisReady, "check-in without how to check on the person", func(p *recovery.Plan) { p.Overdose.CheckInHow = "" },
			10.0 / 11, []uuid.UUID{id(recoverytest.KindCrisis, 1)}, []quality.Note{quality.Note(crisis.FieldCheckIn)}, nil},
		{quality.CriterionCrisisReady, "stale and missing a field", func(p *recovery.Plan) {
			p.Overdose.Reviewed = at.Add(-100 * day)
			p.Overdose.OtherSteps = nil
		}, 9.5 / 11, []uuid.UUID{id(recoverytest.KindCrisis, 1)}, []quality.Note{quality.Note(crisis.FieldOtherSteps), quality.NoteStale}, nil},
		{quality.CriterionCrisisReady, "an empty safety plan beside a ready overdose plan", func(p *recovery.Plan) {
			p.Safety = &crisis.SafetyPlan{ID: id(recoverytest.KindCrisis, 2)}
		}, 1, nil, nil, nil},
		{quality.CriterionCrisisReady, "only a wellness toolbox, half done", func(p *recovery.Plan) {
			p.Overdose = nil
			p.Toolbox = &crisis.Toolbox{ID: id(recoverytest.KindCrisis, 3), Tools: []crisis.Tool{{Section: crisis.SectionCalmDown, Text: "A walk by the river"}},
				Triggers: []crisis.Cue{{Text: "Payday", Action: "I give my card to my sister"}}}
		}, 0.5, []uuid.UUID{id(recoverytest.KindCrisis, 3)}, []quality.Note{quality.Note(crisis.FieldEarlyWarningSigns), quality.Note(crisis.FieldReviewed)},
			[]quality.Criterion{quality.CriterionNaturalSupports}},
		{quality.CriterionWholePerson, "four areas of life", func(p *recovery.Plan) { p.Goals[3].Area = life.AreaPersonal },
			0.8, nil, []quality.Note{"cultural", "education", "finances", "housing", "leisure", "spiritual"}, nil},
		{quality.CriterionLongTermGoal, "no long-term goal", func(p *recovery.Plan) { p.Goals = p.Goals[:5] },
			0, []uuid.UUID{id(recoverytest.KindPlan, 1)}, nil, nil},
		{quality.CriterionLongTermGoal, "long-term goal cancelled", func(p *recovery.Plan) { p.Goals[5].Status = goals.StatusCancelled },
			0, []uuid.UUID{id(recoverytest.KindPlan, 1)}, nil, nil},
		{quality.CriterionBuildsOnStrengths, "a goal without strengths", func(p *recovery.Plan) { p.Goals[4].BuildsOn = nil },
			5.0 / 6, []uuid.UUID{id(recoverytest.KindGoal, 5)}, nil, nil},
		{quality.CriterionWhyItMatters, "a goal without why", func(p *recovery.Plan) { p.Goals[2].Why = "" },
			5.0 / 6, []uuid.UUID{id(recoverytest.KindGoal, 3)}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(string(tc.criterion)+"/"+tc.name, func(t *testing.T) {
			p := richPlan()
			tc.mutate(&p)
			q := quality.Score(p, at, nil)
			c, ok := q.Criterion(tc.criterion)
			require.True(t, ok)
			assert.InDelta(t, tc.score, c.Score, eps)
			var f *quality.Finding
			for i := range q.Findings {
				if q.Findings[i].Criterion == tc.criterion {
					f = &q.Findings[i]
				}
			}
			if tc.score == 1 {
				assert.Nil(t, f)
				return
			}
			require.NotNil(t, f, "a gap gives a finding")
			assert.Equal(t, tc.ids, f.IDs)
			if tc.notes != nil {
				assert.Equal(t, tc.notes, f.Notes)
			}
			assert.Equal(t, tc.criterion.P(), f.P)
			assert.InDelta(t, tc.score, f.Score, eps)
			for _, other := range q.Criteria {
				if other.Criterion != tc.criterion && !slices.Contains(tc.also, other.Criterion) {
					assert.Equal(t, 1.0, other.Score, "%s moved too", other.Criterion)
				}
			}
		})
	}
}

func TestScoreReviewIntervalOption(t *testing.T) {
	p := richPlan()
	p.Reviewed = at.Add(-10 * 24 * time.Hour)
	p.AgreedAt = p.Reviewed
	p.Created = p.Reviewed
	q := quality.Score(p, at, &quality.Options{ReviewInterval: 7 * 24 * time.Hour})
	c, _ := q.Criterion(quality.CriterionReviewed)
	assert.Equal(t, 0.5, c.Score, "a review is due")
	q = quality.Score(p, at, nil)
	c, _ = q.Criterion(quality.CriterionReviewed)
	assert.Equal(t, 1.0, c.Score)
}

func TestScoreSMARTGoalsVague(t *testing.T) {
	q := quality.Score(sparsePlan(), at, nil)
	c, ok := q.Criterion(quality.CriterionSMARTGoals)
	require.True(t, ok)
	assert.Less(t, c.Score, 1.0)
	for _, f := range q.Findings {
		if f.Criterion == quality.CriterionSMARTGoals {
			assert.Equal(t, []uuid.UUID{id(recoverytest.KindGoal, 1)}, f.IDs)
			assert.NotEmpty(t, f.Notes)
			return
		}
	}
	t.Fatal("no smart-goals finding")
}

func TestScoreDoesNotModifyPlan(t *testing.T) {
	p := richPlan()
	p.Goals[0].Why = "not crazy, not insane, no junkie" // notes to sort
	before, err := json.Marshal(p)
	require.NoError(t, err)
	quality.Score(p, at, nil)
	after, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

func TestScoreDeterministic(t *testing.T) {
	p := sparsePlan()
	first, err := json.Marshal(quality.Score(p, at, nil))
	require.NoError(t, err)
	for range 20 {
		again, err := json.Marshal(quality.Score(p, at, nil))
		require.NoError(t, err)
		require.Equal(t, string(first), string(again))
	}
}

func TestRubricTables(t *testing.T) {
	cs := quality.Criteria()
	require.Len(t, cs, 16)
	seen := map[quality.Criterion]bool{}
	for i, c := range cs {
		assert.True(t, c.IsValid())
		assert.False(t, seen[c])
		seen[c] = true
		assert.Equal(t, quality.Ps()[i/4], c.P(), c)
		assert.True(t, c.Principle().IsValid(), c)
		assert.Equal(t, i, c.Index(), c)
		assert.NotEmpty(t, c.Suggestion(), c)
		assert.Empty(t, wording.Check(c.Suggestion(), wording.WhoseTeam, nil), "suggestions use strengths-based language")
	}
	assert.False(t, quality.Criterion("nope").IsValid())
	assert.Equal(t, -1, quality.Criterion("nope").Index())
	assert.Empty(t, quality.Criterion("nope").Suggestion())
	for i, p := range quality.Ps() {
		assert.Equal(t, i, p.Index())
	}
	notes := quality.Notes()
	require.Len(t, notes, 13, "the 12 notes of 4ps-2026.1 that remain, declared, and chosen-without-person")
	for i, n := range notes {
		assert.True(t, n.IsValid(), n)
		assert.Equal(t, i, n.Index(), n)
	}
	assert.False(t, quality.Note("timeline-clash").IsValid(), "ties on the timeline are the person's: no note")
	assert.Equal(t, quality.P(""), quality.Criterion("nope").P())
	ps := quality.Principles()
	require.Len(t, ps, 10)
	for i, p := range ps {
		assert.Equal(t, i+1, p.Number())
	}
	assert.Equal(t, 0, quality.Principle("x").Number())
	assert.False(t, quality.P("people").IsValid())
	assert.Zero(t, quality.Report{}.Subtotal("x"))
}

// TestScoreGolden pins the Quality of the rich and sparse plans, as JSON.
func TestScoreGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		plan recovery.Plan
	}{{"rich", richPlan()}, {"sparse", sparsePlan()}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := json.MarshalIndent(quality.Score(tc.plan, at, nil), "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden(t, filepath.Join("testdata", "score_"+tc.name+".golden.json"), got)
		})
	}
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.True(t, bytes.Equal(want, got), "%s differs; run go test -update and review the diff", path)
}

// TestSMARTGoalsReadInThePlansLanguage: a Spanish plan's goals are read with
// the Spanish grammar, so a deadline and an amount written in Spanish count.
func TestSMARTGoalsReadInThePlansLanguage(t *testing.T) {
	p := richPlan()
	for i := range p.Goals {
		p.Goals[i].Measure, p.Goals[i].Due = "", time.Time{}
		for j := range p.Goals[i].Steps {
			p.Goals[i].Steps[j].Due = time.Time{}
			p.Goals[i].Steps[j].Action = "Voy a llamar al menos a 3 caseros para el viernes"
		}
	}
	smart := func(lang string) float64 {
		p.Language = lang
		c, ok := quality.Score(p, at, nil).Criterion(quality.CriterionSMARTGoals)
		require.True(t, ok)
		return c.Score
	}
	assert.Greater(t, smart("es"), smart("en"), "read in Spanish, the steps are measurable and time-limited")
}
