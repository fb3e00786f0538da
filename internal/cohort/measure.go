package cohort

import (
	"time"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/sdm"
)

// This file is where the command meets the library's measures: the plan
// score, the GAS summary, crisis readiness and decision quality. Every table
// reaches them through these functions only.

// rubricVersion is the plan-quality rubric the score table applies.
const rubricVersion = recovery.RubricVersion

// scorePlan scores p on the 4 Ps at time at, with the default options.
func scorePlan(p *recovery.Plan, at time.Time) recovery.Quality { return recovery.Score(*p, at, nil) }

// qualityPs returns the four Ps, in rubric order.
func qualityPs() []recovery.P { return recovery.Ps() }

// ps returns the four Ps' codes, in rubric order.
func ps() []string {
	var out []string
	for _, p := range recovery.Ps() {
		out = append(out, string(p))
	}
	return out
}

// criteria returns the rubric's criterion codes, in rubric order.
func criteria() []string {
	var out []string
	for _, c := range recovery.Criteria() {
		out = append(out, string(c))
	}
	return out
}

// seriesID is the ID shared by every version of p's plan; "" when the plan
// does not carry one.
func seriesID(p *recovery.Plan) string { return "" }

// omitted is a goal the GAS summary left out, and why.
type omitted struct {
	index  int
	reason string
}

// gasReasons are the codes of why a goal is left out of a GAS summary.
var gasReasons = []code{
	{"not-followed-up", "the goal has an attainment record but no follow-up level yet"},
}

// summarizeGAS summarizes the GAS records of gs, weighted or not, with
// goals.DefaultRho. ok is false when no goal could be scored.
func summarizeGAS(gs []goals.SMARTGoal, weighted bool) (s goals.GASSummary, left []omitted, ok bool) {
	for i, g := range gs {
		if g.Attainment != nil && g.Attainment.FollowUp == nil {
			left = append(left, omitted{i, "not-followed-up"})
		}
	}
	s, err := goals.SummarizeGAS(gs, weighted, goals.DefaultRho)
	return s, left, err == nil
}

// readiness is a crisis plan's readiness check, in the table's terms.
type readiness struct {
	score           float64
	checked         int
	missing         []string
	stale, naloxone bool
}

func overdoseReadiness(p *crisis.OverdosePlan, at time.Time) readiness {
	return fromReadiness(p.Readiness(at, nil))
}

func safetyReadiness(p *crisis.SafetyPlan, at time.Time) readiness {
	return fromReadiness(p.Readiness(at, nil))
}

func fromReadiness(r crisis.Readiness) readiness {
	out := readiness{score: r.Score(), checked: r.Checked(), stale: r.Stale(), naloxone: r.NaloxoneExpired()}
	for _, f := range r.Missing() {
		out.missing = append(out.missing, string(f))
	}
	return out
}

// readinessFields are the crisis plan fields a readiness check may list as
// missing, with their prompt as label.
func readinessFields() []code {
	var out []code
	for _, f := range crisis.Fields() {
		out = append(out, code{string(f), f.Prompt()})
	}
	return out
}

// decisionQuality is how complete a shared decision is.
func decisionQuality(r *sdm.DecisionRecord) sdm.Quality { return r.Quality() }
