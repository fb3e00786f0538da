package quality_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// edit changes a plan the way a person or their team might, at time at. An
// edit that does not apply to a plan leaves it as it is.
type edit struct {
	name  string
	apply func(p *recovery.Plan, at time.Time)
}

// newID returns an ID no fixture or generated plan uses.
func newID(n int) uuid.UUID { return id(0x7f, n) }

// choiceEdits are the person's choices: none may lower any criterion.
var choiceEdits = []edit{
	{"two goals of the same importance", func(p *recovery.Plan, _ time.Time) {
		first := -1
		for i, g := range p.Goals {
			if g.Importance <= 0 {
				continue
			}
			if first < 0 {
				first = i
				continue
			}
			p.Goals[i].Importance = p.Goals[first].Importance
			return
		}
	}},
	{"two goals at the same place on the timeline", func(p *recovery.Plan, _ time.Time) {
		first := -1
		for i, g := range p.Goals {
			if g.Order <= 0 {
				continue
			}
			if first < 0 {
				first = i
				continue
			}
			p.Goals[i].Order = p.Goals[first].Order
			return
		}
	}},
	{"a recorded no to involving someone", func(p *recovery.Plan, at time.Time) {
		p.Supports = append(p.Supports, recovery.Supporter{ID: newID(1), Name: "Maria", Role: recovery.SupporterRoleFamily,
			Relationship: "my mother", ConsentedAt: at.Add(-24 * time.Hour)})
	}},
	{"describing themselves in their own words", func(p *recovery.Plan, _ time.Time) {
		p.Strengths.Strengths = append(p.Strengths.Strengths,
			strengths.Strength{ID: newID(2), Area: life.AreaPersonal, Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent,
				Statement: "Stubborn, in a good way.", Source: strengths.SourceSelf},
			strengths.Strength{ID: newID(3), Area: life.AreaHealth, Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent,
				Statement: "I'm an addict and proud of two years clean.", Source: strengths.SourceSelf})
		if p.Vision != "" {
			p.Vision += " I'm a recovering alcoholic and I want my daughter to see me sober."
		}
	}},
	{"naming their mutual-aid group", func(p *recovery.Plan, at time.Time) {
		p.Strengths.Strengths = append(p.Strengths.Strengths, strengths.Strength{ID: newID(4), Area: life.AreaSocial,
			Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
			Statement: "Narcotics Anonymous, Tuesday nights at St. Mark's.", Source: strengths.SourceSelf})
		p.Supports = append(p.Supports, recovery.Supporter{ID: newID(5), Name: "NA home group", Role: recovery.SupporterRoleCommunity,
			Relationship: "my home group", ConsentToInvolve: true, ConsentedAt: at.Add(-24 * time.Hour)})
	}},
	{"writing in their own language", func(p *recovery.Plan, _ time.Time) {
		if p.Vision != "" {
			p.Vision = "Quiero un hogar propio y recuperar a mi hermano."
		}
		for i := range p.Strengths.Strengths {
			if p.Strengths.Strengths[i].Source == strengths.SourceSelf {
				p.Strengths.Strengths[i].Statement = "我做饭很好吃，朋友们都喜欢。"
			}
		}
	}},
	{"strengths named by family and peers as well", func(p *recovery.Plan, _ time.Time) {
		p.Strengths.Strengths = append(p.Strengths.Strengths,
			strengths.Strength{ID: newID(6), Area: life.AreaSocial, Kind: strengths.KindRelationship, Timeframe: strengths.TimeframeCurrent,
				Statement: "He always shows up for his niece.", Source: strengths.SourceFamily},
			strengths.Strength{ID: newID(7), Area: life.AreaHealth, Kind: strengths.KindQuality, Timeframe: strengths.TimeframeCurrent,
				Statement: "Reaches out to the group when things get hard.", Source: strengths.SourcePeer})
	}},
}

// workEdits are more of the work: none may lower any criterion.
var workEdits = []edit{
	{"beginning a safety plan", func(p *recovery.Plan, _ time.Time) {
		if p.Safety == nil {
			p.Safety = &crisis.SafetyPlan{ID: newID(10), WarningSigns: []phi.Words{"I stop answering my phone"}}
		}
	}},
	{"reviewing a crisis plan 91 days ago rather than never", func(p *recovery.Plan, at time.Time) {
		then := at.Add(-91 * 24 * time.Hour)
		if p.Overdose != nil && p.Overdose.Reviewed.IsZero() {
			p.Overdose.Reviewed = then
		}
		if p.Safety != nil && p.Safety.Reviewed.IsZero() {
			p.Safety.Reviewed = then
		}
		if p.Toolbox != nil && p.Toolbox.Reviewed.IsZero() {
			p.Toolbox.Reviewed = then
		}
	}},
	{"checking the naloxone's expiry, though it has passed", func(p *recovery.Plan, at time.Time) {
		if p.Overdose != nil && p.Overdose.NaloxoneExpires.IsZero() {
			p.Overdose.NaloxoneExpires = at.AddDate(0, 0, -10)
		}
	}},
	{"adding a wellness toolbox", func(p *recovery.Plan, _ time.Time) {
		if p.Toolbox == nil {
			p.Toolbox = &crisis.Toolbox{ID: newID(11), Tools: []crisis.Tool{{Section: crisis.SectionCalmDown, Text: "A walk by the river"}}}
		}
	}},
	{"a second decision under way", func(p *recovery.Plan, _ time.Time) {
		p.Decisions = append(p.Decisions, sdm.DecisionRecord{
			ID: newID(12), Question: "Should I tell my boss about my recovery?", Stage: sdm.StageOptionTalk,
			Options: []sdm.Option{
				{ID: newID(13), Name: "tell her now", Benefits: []phi.Note{"no secret to keep"}, Harms: []phi.Note{"she may treat me differently"}},
				{ID: newID(14), Name: "wait for now", Benefits: []phi.Note{"time to think"}, Harms: []phi.Note{"worry about it coming out"}},
			},
			WhatMatters:  []phi.Words{"Keeping my job."},
			Participants: []sdm.Participant{{Role: sdm.RolePerson}},
		})
	}},
	{"a goal in another area of life", func(p *recovery.Plan, at time.Time) {
		used := map[life.Area]bool{}
		order := 0
		for _, g := range p.Goals {
			used[g.Area] = true
			order = max(order, g.Order)
		}
		for _, st := range p.Strengths.Strengths {
			used[st.Area] = true
		}
		area := life.AreaLeisure
		for _, a := range life.Areas() {
			if !used[a] {
				area = a
				break
			}
		}
		g := goals.SMARTGoal{
			ID: newID(15), Statement: "I want to join the community choir", Area: area, Term: goals.TermShort,
			Status: goals.StatusActive, Importance: 1, Order: order + 1,
			Measure: "I will count the rehearsals I go to each month", Why: "Singing lifts me up.",
			Confidence: intp(8), Start: at, Due: at.AddDate(0, 1, 0),
			Steps: []goals.Step{{ID: newID(16), Action: "I will call the choir director by Friday", Due: at.AddDate(0, 0, 4)}},
		}
		if len(p.Strengths.Strengths) > 0 {
			g.BuildsOn = []uuid.UUID{p.Strengths.Strengths[0].ID}
		}
		p.Goals = append(p.Goals, g)
	}},
}

// clonePlan returns a deep copy of p, so that edits never reach the
// original's slices.
func clonePlan(t *testing.T, p recovery.Plan) recovery.Plan {
	t.Helper()
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var c recovery.Plan
	require.NoError(t, json.Unmarshal(b, &c))
	return c
}

// scenario is a plan with the time to score it at.
type scenario struct {
	name string
	plan recovery.Plan
	at   time.Time
}

// scenarios are the fixtures and plans generated across the whole range of
// richness.
func scenarios() []scenario {
	out := []scenario{{"rich", richPlan(), at}, {"sparse", sparsePlan(), at}, {"empty", recovery.Plan{ID: id(recoverytest.KindPlan, 9)}, at}}
	g := recoverytest.New(12, nil)
	for i := range 300 {
		out = append(out, scenario{fmt.Sprintf("generated-%03d", i), g.Next(), g.At()})
	}
	return out
}

// assertNoCriterionLower applies each edit to each scenario and checks that
// no criterion scores lower after it.
func assertNoCriterionLower(t *testing.T, edits []edit) {
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			applied := 0
			for _, sc := range scenarios() {
				before := quality.Score(sc.plan, sc.at, nil)
				p := clonePlan(t, sc.plan)
				e.apply(&p, sc.at)
				after := quality.Score(p, sc.at, nil)
				if after.Total != before.Total {
					applied++
				}
				for i, c := range after.Criteria {
					assert.GreaterOrEqual(t, c.Score, before.Criteria[i].Score-1e-12,
						"%s: %s went down", sc.name, c.Criterion)
				}
			}
			assert.Positive(t, applied, "the edit changed no plan's score: it tests nothing")
		})
	}
}

// TestPersonsChoicesNeverCost: the person's choices never lower any
// criterion, on the fixtures and on generated plans.
func TestPersonsChoicesNeverCost(t *testing.T) {
	for _, e := range choiceEdits {
		t.Run(e.name, func(t *testing.T) {
			for _, sc := range scenarios() {
				before := quality.Score(sc.plan, sc.at, nil)
				p := clonePlan(t, sc.plan)
				e.apply(&p, sc.at)
				after := quality.Score(p, sc.at, nil)
				for i, c := range after.Criteria {
					assert.GreaterOrEqual(t, c.Score, before.Criteria[i].Score-1e-12,
						"%s: %s went down", sc.name, c.Criterion)
				}
			}
		})
	}
}

// TestMoreWorkNeverLowers is the monotonicity property: each edit that does
// more of the work, applied to the fixtures and 300 generated plans, leaves
// every criterion where it was or higher, and raises the total of some plan.
func TestMoreWorkNeverLowers(t *testing.T) {
	assertNoCriterionLower(t, workEdits)
}

// TestOwnLanguage: the whole rich plan written in Spanish, Chinese or
// Vietnamese scores no lower on any criterion than in English.
func TestOwnLanguage(t *testing.T) {
	translations := map[string][]string{
		"es": {"Quiero volver a hablar con mi hermano", "Quiero dejar de fumar", "Quiero ir a un taller de naloxona",
			"Quiero encontrar un lugar donde vivir", "Quiero un trabajo mejor", "Quiero volver a tener mi propio taller",
			"Llamaré al menos a 3 personas antes del viernes", "Mi hermano Sam y yo siempre fuimos muy unidos."},
		"zh": {"我想和我哥哥重新联系", "我想戒烟", "我想去参加纳洛酮培训", "我想找个地方住", "我想找一份更好的工作",
			"我想再开一家自己的修理店", "我会在星期五之前给至少3个人打电话", "我和哥哥萨姆一直很亲近。"},
		"vi": {"Tôi muốn liên lạc lại với anh trai", "Tôi muốn bỏ thuốc lá", "Tôi muốn đi học cách dùng naloxone",
			"Tôi muốn tìm chỗ ở", "Tôi muốn có việc làm tốt hơn", "Tôi muốn mở lại tiệm sửa chữa của mình",
			"Tôi sẽ gọi ít nhất 3 người trước thứ Sáu", "Anh Sam và tôi luôn thân thiết."},
	}
	english := quality.Score(richPlan(), at, nil)
	for lang, words := range translations {
		t.Run(lang, func(t *testing.T) {
			p := richPlan()
			for i := range p.Goals {
				p.Goals[i].Statement = phi.Words(words[i])
				for j := range p.Goals[i].Steps {
					p.Goals[i].Steps[j].Action = phi.Words(words[6])
				}
			}
			for i := range p.Strengths.Strengths {
				p.Strengths.Strengths[i].Statement = phi.Words(words[7])
			}
			got := quality.Score(p, at, nil)
			for i, c := range got.Criteria {
				assert.GreaterOrEqual(t, c.Score, english.Criteria[i].Score-1e-12, "%s went down", c.Criterion)
			}
		})
	}
}

// TestProviderChoiceIsNotShared: a choice the provider made alone scores well
// below the person's own choice on shared-decisions, and no better than no
// decision at all.
func TestProviderChoiceIsNotShared(t *testing.T) {
	sharedDecisions := func(p recovery.Plan) float64 {
		c, ok := quality.Score(p, at, nil).Criterion(quality.CriterionSharedDecisions)
		require.True(t, ok)
		return c.Score
	}
	persons := sharedDecisions(richPlan())

	provider := richPlan()
	provider.Decisions[0].ChosenBy = []sdm.Role{sdm.RoleProvider}
	providers := sharedDecisions(provider)

	none := richPlan()
	none.Decisions = nil
	noDecision := sharedDecisions(none)

	together := richPlan()
	together.Decisions[0].ChosenBy = []sdm.Role{sdm.RoleProvider, sdm.RolePerson}

	assert.LessOrEqual(t, providers, noDecision, "no better than no decision")
	assert.LessOrEqual(t, providers, persons-0.5, "well below the person's own choice")
	assert.Equal(t, persons, sharedDecisions(together), "the person and the provider choosing together is the person's choice")
}

// TestRisksBelongToEveryDecisionWithHarms: not talking risks through lowers a
// decision whose options have harms even when the person follows the
// recommendation.
func TestRisksBelongToEveryDecisionWithHarms(t *testing.T) {
	p := richPlan()
	p.Decisions[0].Recommended = p.Decisions[0].Chosen
	talked := quality.Score(p, at, nil)
	p.Decisions[0].RisksDiscussed = false
	silent := quality.Score(p, at, nil)
	a, _ := talked.Criterion(quality.CriterionSharedDecisions)
	b, _ := silent.Criterion(quality.CriterionSharedDecisions)
	assert.Less(t, b.Score, a.Score)
	assert.False(t, p.Decisions[0].HonorsChoice())
}

// TestWholePersonCountsAreas: whole-person counts areas of life, not the four
// dimensions, and more areas never score lower.
func TestWholePersonCountsAreas(t *testing.T) {
	prev := -1.0
	for n := 0; n <= len(life.Areas()); n++ {
		p := recovery.Plan{ID: id(recoverytest.KindPlan, 3)}
		for i, a := range life.Areas()[:n] {
			p.Goals = append(p.Goals, goals.SMARTGoal{ID: id(recoverytest.KindGoal, i+1), Statement: "I want this", Area: a,
				Term: goals.TermShort, Status: goals.StatusActive})
		}
		c, _ := quality.Score(p, at, nil).Criterion(quality.CriterionWholePerson)
		assert.GreaterOrEqual(t, c.Score, prev, "%d areas", n)
		assert.InDelta(t, min(float64(n)/quality.WholePersonAreas, 1), c.Score, 1e-12, "%d areas", n)
		prev = c.Score
	}
	// Two areas of the same SAMHSA dimension (employment and education are
	// both purpose) count as two.
	p := recovery.Plan{ID: id(recoverytest.KindPlan, 3), Goals: []goals.SMARTGoal{
		{ID: id(recoverytest.KindGoal, 1), Statement: "I want a job", Area: life.AreaEmployment, Term: goals.TermShort, Status: goals.StatusActive},
		{ID: id(recoverytest.KindGoal, 2), Statement: "I want my GED", Area: life.AreaEducation, Term: goals.TermShort, Status: goals.StatusActive},
	}}
	c, _ := quality.Score(p, at, nil).Criterion(quality.CriterionWholePerson)
	assert.InDelta(t, 2.0/quality.WholePersonAreas, c.Score, 1e-12)
}

// TestHugeWeights: weights of 1e308 neither overflow nor zero the score.
func TestHugeWeights(t *testing.T) {
	huge := map[quality.Criterion]float64{}
	for _, c := range quality.Criteria() {
		huge[c] = 1e308
	}
	q := quality.Score(richPlan(), at, &quality.Options{Weights: huge})
	assert.InDelta(t, 100, q.Total, 1e-9)
	for _, c := range q.Criteria {
		assert.InDelta(t, 0.25, c.Weight, 1e-12, c.Criterion)
	}
	mixed := quality.Score(richPlan(), at, &quality.Options{Weights: map[quality.Criterion]float64{
		quality.CriterionOwnWords: 1e308, quality.CriterionVision: 1e300,
	}})
	assert.False(t, mixed.Total != mixed.Total, "not NaN")
	assert.InDelta(t, 100, mixed.Total, 1e-9)
}
