package quality_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

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

// keptAsidePairs were written with the rubric's rules and kept aside: the
// rules were never changed to make one of them pass. Their accuracy is
// reported, and held to a floor, so that a change of rules that fits the
// tuned pairs at the expense of plans like these shows.
var keptAsidePairs = []pair{
	{"the person's goals in Vietnamese rather than rewritten by staff", with(midPlan, func(p *recovery.Plan) {
		p.Goals[0].Statement = "Tôi muốn lấy thẻ an toàn thực phẩm"
		p.Goals[2].Statement = "Một ngày nào đó tôi muốn mở xe bán đồ ăn"
	}), with(midPlan, func(p *recovery.Plan) {
		p.Goals[0].Statement = "Pt to complete food safety course"
		p.Goals[2].Statement = "Pt to pursue self-employment"
	})},
	{"the person chose detox timing with the team, rather than the doctor deciding", with(richPlan, func(p *recovery.Plan) {
		p.Decisions[0].ChosenBy = []sdm.Role{sdm.RolePerson, sdm.RoleProvider}
	}), with(richPlan, func(p *recovery.Plan) {
		p.Decisions[0].ChosenBy = []sdm.Role{sdm.RoleProvider}
		p.Decisions[0].RisksDiscussed = false
	})},
	{"strengths in the person's words rather than a provider's checklist", richPlan, with(richPlan, func(p *recovery.Plan) {
		for i := range p.Strengths.Strengths {
			p.Strengths.Strengths[i].Source = strengths.SourceProvider
			p.Strengths.Strengths[i].Statement = "Client is cooperative."
		}
	})},
	{"a pocket plan gone over last month rather than none", with(midPlan, func(p *recovery.Plan) {
		p.Overdose.Reviewed = at.AddDate(0, -1, 0)
	}), with(midPlan, func(p *recovery.Plan) { p.Overdose = nil })},
	{"the person's own ranking, with two goals tied, rather than no ranking", with(richPlan, func(p *recovery.Plan) {
		p.Goals[1].Importance = p.Goals[4].Importance
	}), with(richPlan, func(p *recovery.Plan) {
		for i := range p.Goals {
			p.Goals[i].Importance = 0
		}
	})},
	{"a vision the person wrote rather than none", with(midPlan, func(p *recovery.Plan) {
		p.Vision = "Yo quiero una vida tranquila con mis hijos cerca."
	}), midPlan},
	{"goals with their first steps rather than none", richPlan, with(richPlan, func(p *recovery.Plan) {
		for i := range p.Goals {
			p.Goals[i].Steps = nil
		}
	})},
	{"a safety plan and a wellness toolbox begun beside the pocket plan", with(midPlan, func(p *recovery.Plan) {
		p.Safety = &crisis.SafetyPlan{ID: id(recoverytest.KindCrisis, 22), ReasonsForLiving: []phi.Words{"My kids"}, InternalCoping: []phi.Words{"Long shower"}}
		p.Toolbox = &crisis.Toolbox{ID: id(recoverytest.KindCrisis, 23), Tools: []crisis.Tool{{Section: crisis.SectionLaugh, Text: "Old sitcoms"}}}
	}), midPlan},
	{"a sister and a friend involved rather than only paid staff", with(midPlan, func(p *recovery.Plan) {
		p.Supports = append(p.Supports, recovery.Supporter{ID: id(recoverytest.KindSupporter, 22), Name: "Ana", Role: recovery.SupporterRoleFamily,
			Relationship: "my sister", ConsentToInvolve: true, ConsentedAt: at.AddDate(0, 0, -20)})
	}), with(midPlan, func(p *recovery.Plan) {
		p.Supports[0].Role = recovery.SupporterRoleProvider
		p.Supports = append(p.Supports, recovery.Supporter{ID: id(recoverytest.KindSupporter, 22), Name: "Case manager", Role: recovery.SupporterRoleProvider,
			ConsentToInvolve: true, ConsentedAt: at.AddDate(0, 0, -20)})
	})},
	{"a dream beyond services and goals across more of life", with(midPlan, func(p *recovery.Plan) {
		p.Goals = append(p.Goals, goals.SMARTGoal{ID: id(recoverytest.KindGoal, 24), Statement: "I want to sing in the church choir",
			Area: life.AreaSpiritual, Term: goals.TermShort, Status: goals.StatusActive, Importance: 4, Order: 4,
			Why: "It is where I feel at peace.", Start: at, Due: at.AddDate(0, 2, 0),
			Steps: []goals.Step{{ID: id(recoverytest.KindStep, 24), Action: "I will go to practice on Thursday", Due: at.Add(3 * 24 * time.Hour)}}})
	}), with(midPlan, func(p *recovery.Plan) { p.Goals = p.Goals[:2] })},
}

// TestPairsKeptAside reports the accuracy on the pairs kept aside, and holds
// it to 80%.
func TestPairsKeptAside(t *testing.T) {
	correct := 0
	for _, pp := range keptAsidePairs {
		b := quality.Score(pp.better(), at, nil)
		w := quality.Score(pp.worse(), at, nil)
		if b.Total > w.Total {
			correct++
		} else {
			t.Logf("kept aside, missed: %s (better %.2f, worse %.2f)", pp.name, b.Total, w.Total)
		}
	}
	acc := float64(correct) / float64(len(keptAsidePairs))
	t.Logf("kept-aside pairs: %d of %d correct (%.0f%%)", correct, len(keptAsidePairs), 100*acc)
	assert.Len(t, keptAsidePairs, 10)
	assert.GreaterOrEqual(t, acc, 0.8)
}
