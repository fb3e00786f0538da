package goals_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
)

// checkSeedGoal is the scenario's goal 4 with its SMART steps, each due by this
// time next week.
func checkSeedGoal() goals.SMARTGoal {
	week := textRef.AddDate(0, 0, 7)
	g := goals.SMARTGoal{
		ID:         uuid.MustParse("10000000-0000-4000-8000-000000000004"),
		Statement:  "I want to find a place to live",
		Area:       life.AreaHousing,
		Term:       goals.TermShort,
		Status:     goals.StatusActive,
		Importance: 2,
		Order:      1,
		Start:      textRef,
	}
	for i, action := range textSeedSteps {
		g.Steps = append(g.Steps, goals.Step{
			ID:     uuid.MustParse("11000000-0000-4000-8000-00000000000" + string(rune('1'+i))),
			Action: phi.Words(action),
			Due:    week,
		})
	}
	return g
}

// checkBetterJob is the scenario's goal 5 as first written: a statement and a
// rank, nothing more yet.
func checkBetterJob() goals.SMARTGoal {
	return goals.SMARTGoal{
		ID:         uuid.MustParse("10000000-0000-4000-8000-000000000005"),
		Statement:  "I want to get a better job",
		Area:       life.AreaEmployment,
		Term:       goals.TermShort,
		Status:     goals.StatusProposed,
		Importance: 4,
		Order:      4,
	}
}

func checkReasons(c goals.SMARTCheck) []goals.Reason {
	var out []goals.Reason
	for _, v := range c.Verdicts {
		out = append(out, v.Reason)
	}
	return out
}

func TestCheckSeedGoal(t *testing.T) {
	c := goals.Check(checkSeedGoal(), textRef)
	assert.Equal(t, []goals.Reason{goals.ReasonConcreteStep, goals.ReasonAmountInSteps,
		goals.ReasonBrokenIntoSteps, goals.ReasonPersonPriority, goals.ReasonStepsDated}, checkReasons(c))
	assert.Empty(t, c.Missing())
	assert.True(t, c.SMART())
	assert.Equal(t, checkSeedGoal().ID, c.Goal)
}

func TestCheckSeedStepsWithoutDates(t *testing.T) {
	// Without due dates on the steps, the heading's words set the limit.
	g := checkSeedGoal()
	for i := range g.Steps {
		g.Steps[i].Due = time.Time{}
		g.Steps[i].Action = textSeedHeading + " " + g.Steps[i].Action
	}
	c := goals.Check(g, textRef)
	v, ok := c.Verdict(goals.CriterionTimeLimited)
	require.True(t, ok)
	assert.True(t, v.Met)
	assert.Equal(t, goals.ReasonDeadlineInText, v.Reason)
}

func TestCheckBetterJob(t *testing.T) {
	c := goals.Check(checkBetterJob(), textRef)
	assert.Equal(t, []goals.Reason{goals.ReasonVagueWording, goals.ReasonNoMeasure,
		goals.ReasonNoSteps, goals.ReasonPersonPriority, goals.ReasonNoDate}, checkReasons(c))
	assert.Equal(t, []goals.Criterion{goals.CriterionSpecific, goals.CriterionMeasurable, goals.CriterionAchievable, goals.CriterionTimeLimited}, c.Missing())
	assert.False(t, c.SMART())
}

func TestCheckReasons(t *testing.T) {
	at := textRef
	seven, four := 7, 4
	tests := []struct {
		name string
		edit func(g *goals.SMARTGoal)
		crit goals.Criterion
		want goals.Reason
	}{
		{"concrete step", func(g *goals.SMARTGoal) {
			g.Steps = []goals.Step{{ID: uuid.New(), Action: "I will call my brother"}}
		}, goals.CriterionSpecific, goals.ReasonConcreteStep},
		{"vague step does not count", func(g *goals.SMARTGoal) {
			g.Steps = []goals.Step{{ID: uuid.New(), Action: "I will try to do better"}}
		}, goals.CriterionSpecific, goals.ReasonVagueWording},
		{"clear statement", func(g *goals.SMARTGoal) { g.Statement = "I want to quit smoking" }, goals.CriterionSpecific, goals.ReasonClearStatement},
		{"clear statement needs an area", func(g *goals.SMARTGoal) {
			g.Statement, g.Area = "I want to quit smoking", ""
		}, goals.CriterionSpecific, goals.ReasonVagueWording},
		{"blank statement", func(g *goals.SMARTGoal) { g.Statement = "  " }, goals.CriterionSpecific, goals.ReasonNoStatement},

		{"measure set", func(g *goals.SMARTGoal) { g.Measure = "applications sent" }, goals.CriterionMeasurable, goals.ReasonMeasureSet},
		{"amount in statement", func(g *goals.SMARTGoal) { g.Statement = "I want to apply for 3 jobs" }, goals.CriterionMeasurable, goals.ReasonAmountInStatement},
		{"amount in a step", func(g *goals.SMARTGoal) {
			g.Steps = []goals.Step{{ID: uuid.New(), Action: "I will apply twice a week"}}
		}, goals.CriterionMeasurable, goals.ReasonAmountInSteps},
		{"blank measure", func(g *goals.SMARTGoal) { g.Measure = " " }, goals.CriterionMeasurable, goals.ReasonNoMeasure},

		{"confident", func(g *goals.SMARTGoal) { g.Confidence = &seven }, goals.CriterionAchievable, goals.ReasonConfident},
		{"low confidence wins over steps", func(g *goals.SMARTGoal) {
			g.Confidence = &four
			g.Steps = []goals.Step{{ID: uuid.New(), Action: "I will call"}}
		}, goals.CriterionAchievable, goals.ReasonLowConfidence},
		{"steps without a rating", func(g *goals.SMARTGoal) {
			g.Steps = []goals.Step{{ID: uuid.New(), Action: "I will call"}}
		}, goals.CriterionAchievable, goals.ReasonBrokenIntoSteps},

		{"builds on strengths", func(g *goals.SMARTGoal) {
			g.BuildsOn = []uuid.UUID{uuid.MustParse("20000000-0000-4000-8000-000000000002")}
		}, goals.CriterionRealistic, goals.ReasonBuildsOnStrengths},
		{"has meaning", func(g *goals.SMARTGoal) { g.Why = "to support my family" }, goals.CriterionRealistic, goals.ReasonHasMeaning},
		{"no context", func(g *goals.SMARTGoal) { g.Importance = 0 }, goals.CriterionRealistic, goals.ReasonNoContext},

		{"due date ahead", func(g *goals.SMARTGoal) { g.Due = at.AddDate(0, 1, 0) }, goals.CriterionTimeLimited, goals.ReasonDueDate},
		{"due date today counts", func(g *goals.SMARTGoal) { g.Due = at }, goals.CriterionTimeLimited, goals.ReasonDueDate},
		{"due date passed", func(g *goals.SMARTGoal) { g.Due = at.AddDate(0, 0, -1) }, goals.CriterionTimeLimited, goals.ReasonDuePassed},
		{"due date passed on an ended goal", func(g *goals.SMARTGoal) {
			g.Due, g.Status = at.AddDate(0, 0, -1), goals.StatusCompleted
		}, goals.CriterionTimeLimited, goals.ReasonDueDate},
		{"dated step", func(g *goals.SMARTGoal) {
			g.Steps = []goals.Step{{ID: uuid.New(), Action: "I will call", Due: at.AddDate(0, 0, 3)}}
		}, goals.CriterionTimeLimited, goals.ReasonStepsDated},
		{"deadline in statement", func(g *goals.SMARTGoal) {
			g.Statement = "I want a job by December 1"
		}, goals.CriterionTimeLimited, goals.ReasonDeadlineInText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := checkBetterJob()
			tc.edit(&g)
			c := goals.Check(g, at)
			v, ok := c.Verdict(tc.crit)
			require.True(t, ok)
			assert.Equal(t, tc.want, v.Reason)
			assert.Equal(t, tc.want.Met(), v.Met)
			assert.Equal(t, tc.crit, tc.want.Criterion())
			assert.Equal(t, tc.want.Message(), v.Message)
			assert.Equal(t, !v.Met, containsCriterion(c.Missing(), tc.crit))
		})
	}
}

func containsCriterion(cs []goals.Criterion, c goals.Criterion) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func TestCheckRelativeDeadlineUsesStart(t *testing.T) {
	// "by Friday" written on Start (Monday 2 March) means 6 March; checked
	// a month later it is still a time limit taken from the words.
	g := checkBetterJob()
	g.Start = textRef
	g.Statement = "I will send my CV by Friday"
	c := goals.Check(g, textRef.AddDate(0, 1, 0))
	v, _ := c.Verdict(goals.CriterionTimeLimited)
	assert.Equal(t, goals.ReasonDeadlineInText, v.Reason)
	v, _ = c.Verdict(goals.CriterionSpecific)
	assert.Equal(t, goals.ReasonClearStatement, v.Reason)
}

func TestCheckDoesNotModifyGoal(t *testing.T) {
	g := checkSeedGoal()
	before := g.Clone()
	goals.Check(g, textRef)
	assert.Equal(t, before, g)
}

func TestCheckNeverQuotesText(t *testing.T) {
	g := checkSeedGoal()
	g.Statement = "I want to see Zelda Quimby on 555-0142"
	g.Why = "Zelda matters"
	c := goals.Check(g, textRef)
	out, err := json.Marshal(c)
	require.NoError(t, err)
	for _, s := range []string{string(out), c.String()} {
		assert.NotContains(t, s, "Zelda")
		assert.NotContains(t, s, "555-0142")
		assert.NotContains(t, s, "Craigslist")
	}
}

func TestCheckZeroGoal(t *testing.T) {
	c := goals.Check(goals.SMARTGoal{}, time.Time{})
	assert.Equal(t, goals.Criteria(), c.Missing())
	assert.Equal(t, []goals.Reason{goals.ReasonNoStatement, goals.ReasonNoMeasure,
		goals.ReasonNoSteps, goals.ReasonNoContext, goals.ReasonNoDate}, checkReasons(c))
	assert.Empty(t, goals.SMARTCheck{}.Missing())
	assert.False(t, goals.SMARTCheck{}.SMART())
	_, ok := goals.SMARTCheck{}.Verdict(goals.CriterionSpecific)
	assert.False(t, ok)
}

func TestCheckString(t *testing.T) {
	c := goals.Check(checkBetterJob(), textRef)
	assert.Equal(t, "10000000-0000-4000-8000-000000000005: specific=vague-wording measurable=no-measure "+
		"achievable=no-steps realistic=person-priority time-limited=no-date "+
		"missing: specific measurable achievable time-limited", c.String())
}

func TestCriteriaAndReasons(t *testing.T) {
	cs := goals.Criteria()
	assert.Equal(t, []goals.Criterion{"specific", "measurable", "achievable", "realistic", "time-limited"}, cs)
	cs[0] = "changed"
	assert.Equal(t, goals.CriterionSpecific, goals.Criteria()[0])
	for _, c := range goals.Criteria() {
		assert.True(t, c.IsValid(), c)
	}
	assert.False(t, goals.Criterion("relevant").IsValid())

	all := []goals.Reason{
		goals.ReasonConcreteStep, goals.ReasonClearStatement, goals.ReasonVagueWording, goals.ReasonNoStatement,
		goals.ReasonMeasureSet, goals.ReasonAmountInStatement, goals.ReasonAmountInSteps, goals.ReasonNoMeasure,
		goals.ReasonConfident, goals.ReasonBrokenIntoSteps, goals.ReasonLowConfidence, goals.ReasonNoSteps,
		goals.ReasonBuildsOnStrengths, goals.ReasonHasMeaning, goals.ReasonPersonPriority, goals.ReasonNoContext,
		goals.ReasonDueDate, goals.ReasonStepsDated, goals.ReasonDeadlineInText, goals.ReasonDuePassed, goals.ReasonNoDate,
	}
	met := map[goals.Criterion][2]int{}
	for _, r := range all {
		require.True(t, r.IsValid(), r)
		assert.True(t, r.Criterion().IsValid(), r)
		assert.NotEmpty(t, r.Message(), r)
		assert.True(t, strings.HasSuffix(r.Message(), "."), r)
		// Strengths-based: no message speaks of failure or lack.
		for _, w := range []string{"fail", "lack", "poor", "bad", "unrealistic", "not "} {
			assert.NotContains(t, strings.ToLower(r.Message()), w, r)
		}
		n := met[r.Criterion()]
		if r.Met() {
			n[0]++
		} else {
			n[1]++
		}
		met[r.Criterion()] = n
	}
	for _, c := range goals.Criteria() {
		assert.Positive(t, met[c][0], "%s has a met reason", c)
		assert.Positive(t, met[c][1], "%s has an unmet reason", c)
	}
	assert.False(t, goals.Reason("x").IsValid())
	assert.Empty(t, goals.Reason("x").Message())
}

func BenchmarkCheck(b *testing.B) {
	g := checkSeedGoal()
	b.ReportAllocs()
	for b.Loop() {
		goals.Check(g, textRef)
	}
}

func TestCheckTimeLimitedReadsPastAndEvents(t *testing.T) {
	tests := []struct {
		statement string
		lang      string
		want      goals.Reason
	}{
		{"I have been sober since March 1", "", goals.ReasonNoDate},
		{"Last Friday I called my sister", "", goals.ReasonNoDate},
		{"I quit pills two years ago", "", goals.ReasonNoDate},
		{"I will save $500 before my court date", "", goals.ReasonDeadlineInText},
		{"I want to go back to school by summer", "", goals.ReasonDeadlineInText},
		{"I will call 3 landlords by 3/9", "", goals.ReasonDeadlineInText},
		{"Desde enero no he tomado", "es", goals.ReasonNoDate},
		{"Voy a llamar a mi padrino mañana", "es", goals.ReasonDeadlineInText},
		{"Cuando me paguen voy a pagarle a mi hermano", "es", goals.ReasonDeadlineInText},
	}
	for _, tc := range tests {
		t.Run(tc.statement, func(t *testing.T) {
			g := checkBetterJob()
			g.Statement = phi.Words(tc.statement)
			c := goals.CheckWith(g, textRef, &goals.TextOptions{Language: tc.lang})
			v := c.Verdicts[4]
			require.Equal(t, goals.CriterionTimeLimited, v.Criterion)
			assert.Equal(t, tc.want, v.Reason)
			assert.Equal(t, tc.want == goals.ReasonDeadlineInText, v.Met)
			assert.NotContains(t, v.Message, tc.statement)
		})
	}
	// Check reads English: the Spanish "mañana" is no deadline to it.
	g := checkBetterJob()
	g.Statement = phi.Words("Voy a llamar a mi padrino mañana")
	assert.Equal(t, goals.ReasonNoDate, goals.Check(g, textRef).Verdicts[4].Reason)
}
