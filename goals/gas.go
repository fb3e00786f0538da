package goals

import (
	"math"
	"slices"
	"strconv"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/validate"
)

// Level is a Goal Attainment Scaling attainment level, from -2 (much less
// than expected) to +2 (much more than expected), with 0 the expected
// outcome (Kiresuk & Sherman 1968; the labels follow the King's College
// London GAS tool).
//
// The zero value is [LevelExpected]. Level is an int and is safe for
// concurrent use.
type Level int

// The five GAS attainment levels.
const (
	// LevelMuchLess is -2: much less than expected. Turner-Stokes rates a
	// baseline -2 only when no worse state is plausible.
	LevelMuchLess Level = -2
	// LevelLess is -1: less than expected; the usual baseline.
	LevelLess Level = -1
	// LevelExpected is 0: the expected outcome, reached as predicted.
	LevelExpected Level = 0
	// LevelMore is +1: more than expected.
	LevelMore Level = 1
	// LevelMuchMore is +2: much more than expected.
	LevelMuchMore Level = 2
)

// Levels returns the five levels from -2 to +2. It returns a new slice on
// each call.
func Levels() []Level { return levels.Values() }

var levels = enum.Of(LevelMuchLess, LevelLess, LevelExpected, LevelMore, LevelMuchMore)

// IsValid reports whether l is between -2 and +2.
func (l Level) IsValid() bool { return levels.Has(l) }

// String returns l as a signed number: "-2", "-1", "0", "+1", "+2".
func (l Level) String() string {
	if l > 0 {
		return "+" + strconv.Itoa(int(l))
	}
	return strconv.Itoa(int(l))
}

// DefaultRho is the conventional assumed correlation between goals, ρ = 0.3,
// in the GAS T-score formula (Kiresuk & Sherman 1968; Turner-Stokes 2009).
const DefaultRho = 0.3

// GAS is a goal's Goal Attainment Scaling record: its attainment level at
// baseline and at follow-up and the two 0-3 ratings whose product weights it
// in a T-score (Turner-Stokes L. Clin Rehabil 2009;23:362-70).
//
// ImportanceRating is the GAS rating of how much the goal matters (0 not at
// all, 1 a little, 2 moderately, 3 very), given by the person; it is not the
// person's rank [SMARTGoal.Importance]. DifficultyRating is the team's rating
// of how hard the goal is, on the same scale.
//
// The zero value is a goal not yet rated at baseline nor followed up, with
// weight 0. A GAS is safe for concurrent reads; Baseline and FollowUp are
// pointers shared by copies.
type GAS struct {
	// Baseline is the level when the goal was set, usually [LevelLess]; nil
	// means not rated, which is not level 0 (the expected level).
	Baseline *Level `json:"baseline,omitempty" validate:"omitempty,valid"`
	// FollowUp is the level reached at follow-up; nil means not yet rated.
	FollowUp *Level `json:"followUp,omitempty" validate:"omitempty,valid"`
	// ImportanceRating is the person's 0-3 rating of the goal's importance.
	ImportanceRating int `json:"importanceRating,omitempty" validate:"min=0,max=3"`
	// DifficultyRating is the team's 0-3 rating of the goal's difficulty.
	DifficultyRating int `json:"difficultyRating,omitempty" validate:"min=0,max=3"`
}

// Weight returns the goal's Turner-Stokes weight, ImportanceRating ×
// DifficultyRating (0 to 9).
func (a GAS) Weight() float64 { return float64(a.ImportanceRating * a.DifficultyRating) }

func (a GAS) clone() GAS {
	if a.Baseline != nil {
		v := *a.Baseline
		a.Baseline = &v
	}
	if a.FollowUp != nil {
		v := *a.FollowUp
		a.FollowUp = &v
	}
	return a
}

// TScore returns the Goal Attainment Scaling summary T-score of a set of goals
// (Kiresuk & Sherman, Community Ment Health J 1968;4(6):443-53, in the
// corrected form of Turner-Stokes, Clin Rehabil 2009;23:362-70, erratum):
//
//	T = 50 + 10·Σ(wᵢ·xᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
//
// levels are the xᵢ, weights the wᵢ (nil means every weight is 1, the
// unweighted score) and rho the assumed correlation between goals, usually
// [DefaultRho]. The weights are first divided by the largest (T is the same
// for weights in the same proportions), then the sums are taken in slice
// order. T is 50 when every goal is at the expected level and has a
// standard deviation of about 10.
//
// Bad input returns 0 and a *recovery.ValidationError wrapping recovery.ErrInvalid
// with these paths and rules:
//
//	levels       required  no levels
//	levels[i]    valid     the level is outside -2..+2
//	weights      len       weights is not nil and its length differs from levels
//	weights[i]   min       the weight is negative
//	weights[i]   finite    the weight is NaN or infinite
//	weights      nonzero   every weight is 0
//	rho          range     rho is outside [0, 1) or NaN
func TScore(levels []Level, weights []float64, rho float64) (float64, error) {
	var c validate.Collector
	checkScoreInput(&c, levels, weights, rho)
	if err := c.Err(); err != nil {
		return 0, err
	}
	return tscore(levels, weights, rho), nil
}

// tscore computes T for input already checked. T does not change when every
// weight is multiplied by the same factor, so the weights are divided by the
// largest first: very large or very small weights then neither overflow nor
// underflow the sums.
func tscore(levels []Level, weights []float64, rho float64) float64 {
	scale := 1.0
	if weights != nil {
		scale = slices.Max(weights)
	}
	var sumWX, sumW, sumW2 float64
	for i, x := range levels {
		w := 1.0
		if weights != nil {
			w = weights[i] / scale
		}
		sumWX += w * float64(x)
		sumW += w
		sumW2 += w * w
	}
	return 50 + 10*sumWX/math.Sqrt((1-rho)*sumW2+rho*sumW*sumW)
}

func checkScoreInput(c *validate.Collector, levels []Level, weights []float64, rho float64) {
	checkLevels(c, "levels", levels)
	checkWeights(c, weights, len(levels))
	checkRho(c, rho)
}

func checkLevels(c *validate.Collector, path string, levels []Level) {
	if len(levels) == 0 {
		c.Add(path, "required")
	}
	for i, l := range levels {
		if !l.IsValid() {
			c.Add(validate.Elem(path, i), "valid")
		}
	}
}

func checkWeights(c *validate.Collector, weights []float64, n int) {
	if weights == nil {
		return
	}
	if len(weights) != n {
		c.Add("weights", "len")
		return
	}
	nonzero := false
	for i, w := range weights {
		switch {
		case math.IsNaN(w) || math.IsInf(w, 0):
			c.Add(validate.Elem("weights", i), "finite")
		case w < 0:
			c.Add(validate.Elem("weights", i), "min")
		case w > 0:
			nonzero = true
		}
	}
	if !nonzero && n > 0 {
		c.Add("weights", "nonzero")
	}
}

func checkRho(c *validate.Collector, rho float64) {
	if !(rho >= 0 && rho < 1) {
		c.AddParam("rho", "range", "[0,1)")
	}
}

// ChangeScore returns the change in GAS T-score from baseline to follow-up,
// T(followUp) − T(baseline), with the same weights and rho for both: the
// change score of the King's College London GAS tool. The input rules are
// those of [TScore], with the levels reported under "baseline" and
// "followUp" instead of "levels", plus "followUp" "len" when the two slices
// differ in length.
func ChangeScore(baseline, followUp []Level, weights []float64, rho float64) (float64, error) {
	var c validate.Collector
	checkLevels(&c, "baseline", baseline)
	checkLevels(&c, "followUp", followUp)
	if len(baseline) != len(followUp) {
		c.Add("followUp", "len")
	}
	checkWeights(&c, weights, len(baseline))
	checkRho(&c, rho)
	if err := c.Err(); err != nil {
		return 0, err
	}
	return tscore(followUp, weights, rho) - tscore(baseline, weights, rho), nil
}

// GASOmission says why [SummarizeGAS] left a scaled goal out, as a stable
// lower-case code.
//
// The zero value is not a valid GASOmission. GASOmission is a string and is
// safe for concurrent use.
type GASOmission string

// The reasons a scaled goal is left out, in the order SummarizeGAS checks
// them.
const (
	// GASOmissionEnteredInError: the goal's status is entered-in-error; it
	// was never the person's goal.
	GASOmissionEnteredInError GASOmission = "entered-in-error"
	// GASOmissionCancelled: the goal's status is cancelled.
	GASOmissionCancelled GASOmission = "cancelled"
	// GASOmissionRejected: the goal's status is rejected.
	GASOmissionRejected GASOmission = "rejected"
	// GASOmissionBaselineNotRated: the goal has no baseline level, so it has
	// no change to report.
	GASOmissionBaselineNotRated GASOmission = "baseline-not-rated"
	// GASOmissionNotFollowedUp: the goal has no follow-up level yet.
	GASOmissionNotFollowedUp GASOmission = "not-followed-up"
	// GASOmissionNoWeight: in a weighted summary, the goal's weight is 0
	// (its importance or difficulty is not rated), so it would count for
	// nothing.
	GASOmissionNoWeight GASOmission = "no-weight"
)

// gasOmissions lists every GASOmission once, in order; it backs
// [GASOmissions], [GASOmission.Index] and [GASOmission.IsValid].
var gasOmissions = enum.Of(GASOmissionEnteredInError, GASOmissionCancelled, GASOmissionRejected,
	GASOmissionBaselineNotRated, GASOmissionNotFollowedUp, GASOmissionNoWeight)

// GASOmissions returns every reason in the order SummarizeGAS checks them. It
// returns a new slice on each call.
func GASOmissions() []GASOmission { return gasOmissions.Values() }

// Index returns o's place in [GASOmissions], or -1 if o is not valid.
func (o GASOmission) Index() int { return gasOmissions.Index(o) }

// IsValid reports whether o is one of the defined reasons.
func (o GASOmission) IsValid() bool { return o.Index() >= 0 }

// GASOmitted is a scaled goal that [SummarizeGAS] left out, and why.
//
// The zero value is not an omission. It holds no pointers and is safe for
// concurrent use.
type GASOmitted struct {
	// Index is the goal's place in the slice given to SummarizeGAS.
	Index int `json:"index"`
	// ID is the goal's ID.
	ID uuid.UUID `json:"id"`
	// Reason is why it was left out.
	Reason GASOmission `json:"reason"`
}

// GASOptions configures [SummarizeGAS]. A nil *GASOptions, and the zero
// value, mean the defaults: unweighted, with [DefaultRho]. It is read, never
// modified, so one value may be shared by goroutines.
type GASOptions struct {
	// Weighted weights each goal by [GAS.Weight] (importance rating ×
	// difficulty rating); otherwise every weight is 1.
	Weighted bool
	// Rho is the assumed correlation between goals, in [0, 1); zero means
	// [DefaultRho]. To score with ρ = 0, use [TScore].
	Rho float64
}

func (o *GASOptions) weighted() bool { return o != nil && o.Weighted }

func (o *GASOptions) rho() float64 {
	if o == nil || o.Rho == 0 {
		return DefaultRho
	}
	return o.Rho
}

// GASSummary is the Goal Attainment Scaling summary of a person's scaled
// goals. The zero value means no goal was scored. It is safe for concurrent
// reads; Omitted is shared by copies.
type GASSummary struct {
	// Goals is how many goals were scored: those pursued with an Attainment
	// record, a baseline, a follow-up level and, when weighted, a weight
	// above 0.
	Goals int `json:"goals"`
	// Baseline is the T-score of the baseline levels.
	Baseline float64 `json:"baseline"`
	// FollowUp is the T-score of the follow-up levels.
	FollowUp float64 `json:"followUp"`
	// Change is FollowUp − Baseline.
	Change float64 `json:"change"`
	// Omitted lists the goals with an Attainment record that were left out,
	// in input order, each with its reason; nil when none was.
	Omitted []GASOmitted `json:"omitted,omitempty"`
}

// SummarizeGAS scores the goals in gs that have an [SMARTGoal.Attainment]
// record, in input order, with opts (nil means the defaults: unweighted,
// [DefaultRho]). A goal with no Attainment record is not scaled and is
// skipped. A scaled goal is left out, and listed in Omitted with its
// [GASOmission], when it was entered in error, cancelled or rejected, when
// its baseline is not rated, when it has no follow-up level yet, or, in a
// weighted summary, when its weight is 0: so a goal never counts as level 0
// for want of a rating, and none vanishes unreported.
//
// It returns a *recovery.ValidationError with "goals" "required" when no goal is
// left to score, the rules of [GAS] under "goals[i].attainment" (levels
// outside -2..+2, ratings outside 0-3), and "rho" "range" for a rho outside
// [0, 1). gs is not modified.
//
// When the only problem is that no goal is left to score ("goals"
// "required"), the summary returned with the error still lists Omitted, with
// Goals 0 and no T-scores, so the caller learns why each scaled goal was left
// out. With any other problem the summary is the zero value.
func SummarizeGAS(gs []SMARTGoal, opts *GASOptions) (GASSummary, error) {
	var c validate.Collector
	var sum GASSummary
	var base, follow []Level
	var weights []float64
	weighted := opts.weighted()
	for i, g := range gs {
		a := g.Attainment
		if a == nil {
			continue
		}
		if !a.tagsHold() { // the path is built only for a problem
			c.Struct(validate.Elem("goals", i)+".attainment", *a)
		}
		var why GASOmission
		switch {
		case g.Status == StatusEnteredInError:
			why = GASOmissionEnteredInError
		case g.Status == StatusCancelled:
			why = GASOmissionCancelled
		case g.Status == StatusRejected:
			why = GASOmissionRejected
		case a.Baseline == nil:
			why = GASOmissionBaselineNotRated
		case a.FollowUp == nil:
			why = GASOmissionNotFollowedUp
		case weighted && a.Weight() <= 0:
			why = GASOmissionNoWeight
		}
		if why != "" {
			sum.Omitted = append(sum.Omitted, GASOmitted{Index: i, ID: g.ID, Reason: why})
			continue
		}
		base = append(base, *a.Baseline)
		follow = append(follow, *a.FollowUp)
		if weighted {
			weights = append(weights, a.Weight())
		}
	}
	checkRho(&c, opts.rho())
	if c.Len() > 0 {
		return GASSummary{}, c.Err()
	}
	if len(base) == 0 {
		c.Add("goals", "required")
		return GASSummary{Omitted: sum.Omitted}, c.Err()
	}
	rho := opts.rho()
	sum.Goals = len(base)
	sum.Baseline = tscore(base, weights, rho)
	sum.FollowUp = tscore(follow, weights, rho)
	sum.Change = sum.FollowUp - sum.Baseline
	return sum, nil
}
