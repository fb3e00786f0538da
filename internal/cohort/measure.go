package cohort

import (
	"errors"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/sdm"
)

// This file is where the command meets the library's measures: the plan
// score, the GAS summary, crisis readiness and decision quality. Every table
// reaches them through these functions only.

// rubricVersion is the plan-quality rubric the score table applies.
const rubricVersion = quality.RubricVersion

// scorePlan scores p on the 4 Ps at time at, with the default options.
func scorePlan(p *recovery.Plan, at time.Time) quality.Report { return quality.Score(*p, at, nil) }

// qualityPs returns the four Ps, in rubric order.
func qualityPs() []quality.P { return quality.Ps() }

// ps returns the four Ps' codes, in rubric order.
func ps() []string {
	var out []string
	for _, p := range quality.Ps() {
		out = append(out, string(p))
	}
	return out
}

// criteria returns the rubric's criterion codes, in rubric order.
func criteria() []string {
	var out []string
	for _, c := range quality.Criteria() {
		out = append(out, string(c))
	}
	return out
}

// seriesID is the ID shared by every version of p's plan, as the plan
// carries it (Plan.SeriesID); "" when the plan carries none, as a first
// version may (its series is then its own ID, Plan.Series).
func seriesID(p *recovery.Plan) string {
	if p.SeriesID != uuid.Nil {
		return p.SeriesID.String()
	}
	return ""
}

// omitted is a goal the GAS summary left out, and why.
type omitted struct {
	index  int
	reason string
}

// gasReasons are the codes of why a goal is left out of a GAS summary.
var gasReasons = codesOf(goals.GASOmissions(), func(o goals.GASOmission) string { return gasReasonLabels[o] })

var gasReasonLabels = map[goals.GASOmission]string{
	goals.GASOmissionEnteredInError:   "the goal's status is entered-in-error",
	goals.GASOmissionCancelled:        "the goal's status is cancelled",
	goals.GASOmissionRejected:         "the goal's status is rejected",
	goals.GASOmissionBaselineNotRated: "the goal has no baseline level",
	goals.GASOmissionNotFollowedUp:    "the goal has no follow-up level yet",
	goals.GASOmissionNoWeight:         "weighted: the goal's importance or difficulty is not rated, so its weight is 0",
}

// summarizeGAS summarizes the GAS records of gs, weighted or not, with
// goals.DefaultRho. ok is false when no goal could be scored; left lists the
// goals left out, with the library's reason, either way (SummarizeGAS lists
// them beside its error when no goal is left).
func summarizeGAS(gs []goals.SMARTGoal, weighted bool) (s goals.GASSummary, left []omitted, ok bool) {
	s, err := goals.SummarizeGAS(gs, &goals.GASOptions{Weighted: weighted})
	for _, o := range s.Omitted {
		left = append(left, omitted{o.Index, string(o.Reason)})
	}
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

func toolboxReadiness(t *crisis.Toolbox, at time.Time) readiness {
	return fromReadiness(t.Readiness(at, nil))
}

func fromReadiness(r crisis.Readiness) readiness {
	out := readiness{score: r.Score(), checked: r.Checked, stale: r.Stale, naloxone: r.NaloxoneExpired}
	for _, f := range r.Missing {
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

// measureScore is one measure response as the decisions table reports it:
// scored by the package's function for its instrument.
type measureScore struct {
	// version is the version written: CollaboRATE's response scale (empty
	// means 10-point), the DCS version the package scores; "" for the others.
	version string
	// score is the instrument's score; ok is false when the package does
	// not score the response (CollaboRATE's 5-point version).
	score float64
	ok    bool
	// top is CollaboRATE's top score of the encounter (all three items 9);
	// hasTop is false for the other instruments.
	top, hasTop bool
	// conflict is SURE's positive screen (3 or less) or a DCS total above
	// 37.5; hasConflict is false for the other instruments.
	conflict, hasConflict bool
	// dcs is the DCS result, with its subscales; hasDCS is false for the
	// other instruments.
	dcs    sdm.DCSResult
	hasDCS bool
}

// scoreMeasure scores m with the package's function for its instrument.
// A response the function rejects (the command has validated the plan, so
// only CollaboRATE's 5-point version) has ok false.
func scoreMeasure(m *sdm.MeasureResponse) measureScore {
	var s measureScore
	var err error
	switch m.Instrument {
	case sdm.InstrumentSDMQ9:
		s.score, err = sdm.SDMQ9(m.Items)
	case sdm.InstrumentSDMQDoc:
		s.score, err = sdm.SDMQDoc(m.Items)
	case sdm.InstrumentCollaboRATE:
		s.version = string(m.Version)
		if m.Version == "" {
			s.version = string(sdm.CollaboRATEVersion10)
		}
		var r sdm.CollaboRATEResult
		r, err = sdm.CollaboRATE([][]int{m.Items}, &sdm.CollaboRATEOptions{Version: m.Version})
		if err == nil && r.N == 1 {
			s.score, s.top, s.hasTop = r.Mean, r.Top == 1, true
		} else if err == nil {
			err = errNotScored // an incomplete encounter, which Validate rejects
		}
	case sdm.InstrumentSURE:
		var yes [4]bool
		if len(m.Items) != len(yes) {
			err = errNotScored
			break
		}
		for i, v := range m.Items {
			yes[i] = v == 1
		}
		n, conflict := sdm.SURE(yes)
		s.score, s.conflict, s.hasConflict = float64(n), conflict, true
	case sdm.InstrumentOPTION5:
		s.score, err = sdm.OPTION5(m.Items)
	case sdm.InstrumentDCS:
		s.version = sdm.DCSVersion
		s.dcs, err = sdm.DCS(m.Items)
		s.score, s.conflict, s.hasConflict = s.dcs.Total, s.dcs.Band == sdm.DCSBandHigh, err == nil
		s.hasDCS = err == nil
	default:
		err = errNotScored
	}
	s.ok = err == nil
	if !s.ok {
		s.score, s.hasTop, s.hasConflict, s.hasDCS = 0, false, false, false
	}
	return s
}

// errNotScored marks a response the package does not score.
var errNotScored = errors.New("not scored")
