package goals

import (
	"math"
	"slices"
	"strconv"

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

// IsValid reports whether l is between -2 and +2.
func (l Level) IsValid() bool { return l >= LevelMuchLess && l <= LevelMuchMore }

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
// The zero value is a goal at the expected level at baseline, not yet
// followed up, with weight 0. A GAS is safe for concurrent reads; FollowUp is
// a pointer shared by copies.
type GAS struct {
	// Baseline is the level when the goal was set, usually [LevelLess].
	Baseline Level `json:"baseline" validate:"valid"`
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
// Bad input returns 0 and a *[validate.Error] wrapping [validate.ErrInvalid]
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

// GASSummary is the Goal Attainment Scaling summary of a person's scaled
// goals. The zero value means no goal was scored. GASSummary holds no
// pointers and is safe for concurrent use.
type GASSummary struct {
	// Goals is how many goals were scored: those with an Attainment record
	// and a follow-up level.
	Goals int `json:"goals"`
	// Baseline is the T-score of the baseline levels.
	Baseline float64 `json:"baseline"`
	// FollowUp is the T-score of the follow-up levels.
	FollowUp float64 `json:"followUp"`
	// Change is FollowUp − Baseline.
	Change float64 `json:"change"`
}

// SummarizeGAS scores the goals in gs that have an [SMARTGoal.Attainment]
// record with a follow-up level, in input order; other goals are left out.
// With weighted, each goal is weighted by [GAS.Weight]
// (importance rating × difficulty rating); otherwise every weight is 1. rho
// is as for [TScore].
//
// It returns a *[validate.Error] with "goals" "required" when no goal has a
// follow-up level, the rules of [GAS] under "goals[i].attainment" (levels
// outside -2..+2, ratings outside 0-3), and the rules of [TScore] for the
// weights and rho ("weights" "nonzero" when every weight is 0). gs is not
// modified.
func SummarizeGAS(gs []SMARTGoal, weighted bool, rho float64) (GASSummary, error) {
	var c validate.Collector
	var base, follow []Level
	var weights []float64
	for i, g := range gs {
		a := g.Attainment
		if a == nil || a.FollowUp == nil {
			continue
		}
		c.Struct(validate.Elem("goals", i)+".attainment", *a)
		base = append(base, a.Baseline)
		follow = append(follow, *a.FollowUp)
		if weighted {
			weights = append(weights, a.Weight())
		}
	}
	if len(base) == 0 {
		c.Add("goals", "required")
		return GASSummary{}, c.Err()
	}
	if c.Len() > 0 {
		return GASSummary{}, c.Err()
	}
	checkScoreInput(&c, base, weights, rho)
	if err := c.Err(); err != nil {
		return GASSummary{}, err
	}
	b := tscore(base, weights, rho)
	f := tscore(follow, weights, rho)
	return GASSummary{Goals: len(base), Baseline: b, FollowUp: f, Change: f - b}, nil
}
