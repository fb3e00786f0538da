package goals_test

import (
	"math"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/validate"
)

const gasTol = 5e-5 // the worked examples give 5 decimals

func gasLevels(xs ...int) []goals.Level {
	out := make([]goals.Level, len(xs))
	for i, x := range xs {
		out[i] = goals.Level(x)
	}
	return out
}

// gasVectors are worked examples G1-G10 of the GAS T-score, to 5 decimals.
var gasVectors = []struct {
	name    string
	levels  []goals.Level
	weights []float64
	rho     float64
	want    float64
}{
	{"G1", gasLevels(2, 1, 0, -2, 1), nil, 0.3, 56.03023},
	{"G2", gasLevels(2, 2, 2), nil, 0.3, 77.38613},
	{"G3", gasLevels(1, 0, 2), nil, 0.3, 63.69306},
	{"G4", gasLevels(-1, 0, 1, 1, -1, 0), nil, 0.3, 50.0},
	{"G5", gasLevels(-2, 0, -1, 2, 0, 1), []float64{3, 5, 1, 4, 2, 6}, 0.3, 55.0},
	{"G6", gasLevels(0, 1, -1), []float64{6, 6, 1}, 0.3, 54.95560},
	{"G7", gasLevels(-1, -1, -1), []float64{6, 6, 1}, 0.3, 37.11544},
	{"G8", gasLevels(2, 1, 0, -2, 1), nil, 0.5, 55.16398},
	{"G9", gasLevels(2, 1, 0, -2, 1), nil, 0.0, 58.94427},
	{"G10", gasLevels(1), []float64{4}, 0.3, 60.0},
}

func TestTScoreReferenceVectors(t *testing.T) {
	for _, tt := range gasVectors {
		t.Run(tt.name, func(t *testing.T) {
			got, err := goals.TScore(tt.levels, tt.weights, tt.rho)
			require.NoError(t, err)
			assert.InDelta(t, tt.want, got, gasTol)
		})
	}
}

func TestTScoreG5IsExactly55(t *testing.T) {
	got, err := goals.TScore(gasLevels(-2, 0, -1, 2, 0, 1), []float64{3, 5, 1, 4, 2, 6}, goals.DefaultRho)
	require.NoError(t, err)
	assert.InDelta(t, 55.0, got, 1e-12)
}

// TestTScoreAllSameLevel checks the T-score when every goal is at the same
// level, for 1 to 6 goals, against a table to 4 decimals.
func TestTScoreAllSameLevel(t *testing.T) {
	table := []struct {
		n              int
		m2, m1, p1, p2 float64
	}{
		{1, 30.0000, 40.0000, 60.0000, 70.0000},
		{2, 25.1931, 37.5965, 62.4035, 74.8069},
		{3, 22.6139, 36.3069, 63.6931, 77.3861},
		{4, 20.9809, 35.4905, 64.5095, 79.0191},
		{5, 19.8489, 34.9244, 65.0756, 80.1511},
		{6, 19.0161, 34.5081, 65.4919, 80.9839},
	}
	for _, row := range table {
		for _, c := range []struct {
			level goals.Level
			want  float64
		}{{goals.LevelMuchLess, row.m2}, {goals.LevelLess, row.m1}, {goals.LevelMore, row.p1}, {goals.LevelMuchMore, row.p2}} {
			levels := make([]goals.Level, row.n)
			for i := range levels {
				levels[i] = c.level
			}
			got, err := goals.TScore(levels, nil, goals.DefaultRho)
			require.NoError(t, err)
			assert.InDelta(t, c.want, got, 5e-5, "n=%d level=%s", row.n, c.level)
		}
	}
	// The limit as n grows with every goal at +2: 50 + 20/√0.3.
	levels := make([]goals.Level, 100000)
	for i := range levels {
		levels[i] = goals.LevelMuchMore
	}
	got, err := goals.TScore(levels, nil, goals.DefaultRho)
	require.NoError(t, err)
	assert.InDelta(t, 50+20/math.Sqrt(0.3), got, 1e-3)
	assert.Less(t, got, 86.5148)
}

func TestTScoreUnweightedEqualsWeightsOfOne(t *testing.T) {
	for _, tt := range gasVectors {
		if tt.weights != nil {
			continue
		}
		ones := make([]float64, len(tt.levels))
		for i := range ones {
			ones[i] = 1
		}
		a, err := goals.TScore(tt.levels, nil, tt.rho)
		require.NoError(t, err)
		b, err := goals.TScore(tt.levels, ones, tt.rho)
		require.NoError(t, err)
		assert.Equal(t, a, b, tt.name)
	}
}

func TestTScoreErrors(t *testing.T) {
	tests := []struct {
		name    string
		levels  []goals.Level
		weights []float64
		rho     float64
		want    [][2]string
	}{
		{"no levels", nil, nil, 0.3, [][2]string{{"levels", "required"}}},
		{"level out of range", gasLevels(0, 3, -3), nil, 0.3, [][2]string{{"levels[1]", "valid"}, {"levels[2]", "valid"}}},
		{"length mismatch", gasLevels(0, 1), []float64{1}, 0.3, [][2]string{{"weights", "len"}}},
		{"empty weights for levels", gasLevels(0), []float64{}, 0.3, [][2]string{{"weights", "len"}}},
		{"negative weight", gasLevels(0, 1), []float64{1, -1}, 0.3, [][2]string{{"weights[1]", "min"}}},
		{"NaN weight", gasLevels(0, 1), []float64{math.NaN(), 1}, 0.3, [][2]string{{"weights[0]", "finite"}}},
		{"infinite weight", gasLevels(0, 1), []float64{math.Inf(1), 1}, 0.3, [][2]string{{"weights[0]", "finite"}}},
		{"all-zero weights", gasLevels(0, 1), []float64{0, 0}, 0.3, [][2]string{{"weights", "nonzero"}}},
		{"rho one", gasLevels(0), nil, 1, [][2]string{{"rho", "range"}}},
		{"rho negative", gasLevels(0), nil, -0.1, [][2]string{{"rho", "range"}}},
		{"rho NaN", gasLevels(0), nil, math.NaN(), [][2]string{{"rho", "range"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := goals.TScore(tt.levels, tt.weights, tt.rho)
			assert.Zero(t, got)
			assert.ErrorIs(t, err, validate.ErrInvalid)
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			for _, w := range tt.want {
				assert.True(t, ve.Has(w[0], w[1]), "want %v in %v", w, ve)
			}
			assert.Len(t, ve.Problems, len(tt.want), "%v", ve)
		})
	}
}

// TestTScoreExtremeWeights checks that T depends only on the proportions of
// the weights, however large or small they are.
func TestTScoreExtremeWeights(t *testing.T) {
	levels := gasLevels(2, 1, -1)
	want, err := goals.TScore(levels, nil, goals.DefaultRho)
	require.NoError(t, err)
	for _, w := range []float64{1e300, math.MaxFloat64, 1e-200, math.SmallestNonzeroFloat64} {
		got, err := goals.TScore(levels, []float64{w, w, w}, goals.DefaultRho)
		require.NoError(t, err)
		assert.InDelta(t, want, got, 1e-9, "every weight %g", w)
	}
	// G5 with its weights scaled by 1e300 is still exactly 55.
	got, err := goals.TScore(gasLevels(-2, 0, -1, 2, 0, 1), []float64{3e300, 5e300, 1e300, 4e300, 2e300, 6e300}, goals.DefaultRho)
	require.NoError(t, err)
	assert.InDelta(t, 55.0, got, 1e-9)
}

func TestTScoreDoesNotModifyInput(t *testing.T) {
	levels := gasLevels(2, 1, 0)
	weights := []float64{1, 2, 3}
	_, err := goals.TScore(levels, weights, goals.DefaultRho)
	require.NoError(t, err)
	assert.Equal(t, gasLevels(2, 1, 0), levels)
	assert.Equal(t, []float64{1, 2, 3}, weights)
}

func TestLevel(t *testing.T) {
	assert.Equal(t, []string{"-2", "-1", "0", "+1", "+2"}, []string{
		goals.LevelMuchLess.String(), goals.LevelLess.String(), goals.LevelExpected.String(),
		goals.LevelMore.String(), goals.LevelMuchMore.String()})
	for l := goals.Level(-4); l <= 4; l++ {
		assert.Equal(t, l >= -2 && l <= 2, l.IsValid(), l)
	}
	assert.Equal(t, goals.LevelExpected, goals.Level(0))
}

func TestGASWeight(t *testing.T) {
	assert.Equal(t, 6.0, goals.GAS{ImportanceRating: 3, DifficultyRating: 2}.Weight())
	assert.Equal(t, 0.0, goals.GAS{ImportanceRating: 3}.Weight())
	assert.Equal(t, 9.0, goals.GAS{ImportanceRating: 3, DifficultyRating: 3}.Weight())
}

func TestChangeScore(t *testing.T) {
	// Three goals from the typical baseline (-1) to G6's follow-up, weights
	// 6, 6, 1: 54.95560 - 37.11544 (G6 - G7).
	got, err := goals.ChangeScore(gasLevels(-1, -1, -1), gasLevels(0, 1, -1), []float64{6, 6, 1}, goals.DefaultRho)
	require.NoError(t, err)
	assert.InDelta(t, 54.95560-37.11544, got, 1e-4)

	got, err = goals.ChangeScore(gasLevels(-1, -1, -1), gasLevels(2, 2, 2), nil, goals.DefaultRho)
	require.NoError(t, err)
	assert.InDelta(t, 77.38613-36.30694, got, 1e-4)

	got, err = goals.ChangeScore(gasLevels(0, 1), gasLevels(0, 1), nil, goals.DefaultRho)
	require.NoError(t, err)
	assert.Zero(t, got)

	_, err = goals.ChangeScore(gasLevels(-1, 5), gasLevels(0), []float64{1, -1}, 2)
	var ve *validate.Error
	require.ErrorAs(t, err, &ve)
	for _, w := range [][2]string{{"baseline[1]", "valid"}, {"followUp", "len"}, {"weights[1]", "min"}, {"rho", "range"}} {
		assert.True(t, ve.Has(w[0], w[1]), "want %v in %v", w, ve)
	}
	_, err = goals.ChangeScore(nil, nil, nil, 0.3)
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("baseline", "required"))
	assert.True(t, ve.Has("followUp", "required"))
}

func TestSummarizeGAS(t *testing.T) {
	scaled := func(base, follow goals.Level, imp, diff int) goals.SMARTGoal {
		g := goalValid()
		g.Attainment = &goals.GAS{Baseline: goalPtr(base), FollowUp: goalPtr(follow), ImportanceRating: imp, DifficultyRating: diff}
		return g
	}
	notYet := goalValid()
	notYet.Attainment.FollowUp = nil
	unscaled := goalValid()
	unscaled.Attainment = nil
	gs := []goals.SMARTGoal{
		scaled(-1, 0, 3, 2), notYet, scaled(-1, 1, 2, 3), unscaled, scaled(-1, -1, 1, 1),
	}
	before := []goals.SMARTGoal{gs[0].Clone(), gs[1].Clone(), gs[2].Clone(), gs[3].Clone(), gs[4].Clone()}

	s, err := goals.SummarizeGAS(gs, &goals.GASOptions{Weighted: true})
	require.NoError(t, err)
	assert.Equal(t, 3, s.Goals)
	assert.InDelta(t, 37.11544, s.Baseline, gasTol) // G7
	assert.InDelta(t, 54.95560, s.FollowUp, gasTol) // G6
	assert.InDelta(t, s.FollowUp-s.Baseline, s.Change, 1e-12)
	assert.Equal(t, []goals.GASOmitted{{Index: 1, ID: notYet.ID, Reason: goals.GASOmissionNotFollowedUp}}, s.Omitted)

	s, err = goals.SummarizeGAS(gs, nil)
	require.NoError(t, err)
	assert.InDelta(t, 36.30694, s.Baseline, gasTol)
	assert.InDelta(t, 50.0, s.FollowUp, gasTol)
	assert.Equal(t, before, gs)

	var ve *validate.Error
	s, err = goals.SummarizeGAS([]goals.SMARTGoal{notYet, unscaled}, nil)
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("goals", "required"))
	assert.Equal(t, goals.GASSummary{Omitted: []goals.GASOmitted{{Index: 0, ID: notYet.ID, Reason: goals.GASOmissionNotFollowedUp}}}, s,
		"with no goal left, the summary still says why each was left out")

	_, err = goals.SummarizeGAS([]goals.SMARTGoal{unscaled, scaled(-3, 4, 1, 1)}, nil)
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("goals[1].attainment.baseline", "valid"))
	assert.True(t, ve.Has("goals[1].attainment.followUp", "valid"))

	// Ratings outside 0-3 are reported on the goal, not as a weight.
	_, err = goals.SummarizeGAS([]goals.SMARTGoal{unscaled, scaled(-1, 0, -1, 3), scaled(-1, 0, 4, 2)}, &goals.GASOptions{Weighted: true})
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("goals[1].attainment.importanceRating", "min"), "%v", ve)
	assert.True(t, ve.Has("goals[2].attainment.importanceRating", "max"), "%v", ve)
	assert.Len(t, ve.Problems, 2, "%v", ve)

	_, err = goals.SummarizeGAS(gs, &goals.GASOptions{Rho: 1})
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("rho", "range"))
}

// TestSummarizeGASOmits: goals that were never the person's, or cannot be
// scored, are left out and reported, never counted as level 0 or silently
// dropped.
func TestSummarizeGASOmits(t *testing.T) {
	scaled := func(status goals.Status, base *goals.Level, follow goals.Level, imp, diff int) goals.SMARTGoal {
		g := goalValid()
		g.Status = status
		g.Attainment = &goals.GAS{Baseline: base, FollowUp: goalPtr(follow), ImportanceRating: imp, DifficultyRating: diff}
		return g
	}
	less := goalPtr(goals.LevelLess)
	kept := []goals.SMARTGoal{
		scaled(goals.StatusActive, less, 0, 3, 2),
		scaled(goals.StatusActive, less, 1, 2, 3),
		scaled(goals.StatusCompleted, less, -1, 1, 1),
	}
	want, err := goals.SummarizeGAS(kept, &goals.GASOptions{Weighted: true})
	require.NoError(t, err)
	require.InDelta(t, 17.8, want.Change, 0.05)
	tests := []struct {
		name     string
		extra    goals.SMARTGoal
		weighted bool
		reason   goals.GASOmission
	}{
		{"entered in error", scaled(goals.StatusEnteredInError, goalPtr(goals.LevelMuchLess), 2, 3, 3), true, goals.GASOmissionEnteredInError},
		{"cancelled", scaled(goals.StatusCancelled, less, 2, 3, 3), true, goals.GASOmissionCancelled},
		{"rejected", scaled(goals.StatusRejected, less, 2, 3, 3), true, goals.GASOmissionRejected},
		{"baseline not rated", scaled(goals.StatusActive, nil, 2, 3, 3), true, goals.GASOmissionBaselineNotRated},
		{"no weight in a weighted summary", scaled(goals.StatusActive, less, 2, 0, 3), true, goals.GASOmissionNoWeight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs := append(slices.Clone(kept), tt.extra)
			got, err := goals.SummarizeGAS(gs, &goals.GASOptions{Weighted: tt.weighted})
			require.NoError(t, err)
			assert.Equal(t, want.Goals, got.Goals)
			assert.InDelta(t, want.Change, got.Change, 1e-12, "the goal left out does not move the change score")
			assert.Equal(t, []goals.GASOmitted{{Index: 3, ID: tt.extra.ID, Reason: tt.reason}}, got.Omitted)
		})
	}
	// A baseline of level 0 is a rating, not a missing one.
	zero := scaled(goals.StatusActive, goalPtr(goals.LevelExpected), 1, 1, 1)
	got, err := goals.SummarizeGAS([]goals.SMARTGoal{zero}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, got.Goals)
	assert.Empty(t, got.Omitted)
	for i, o := range goals.GASOmissions() {
		assert.True(t, o.IsValid())
		assert.Equal(t, i, o.Index())
	}
	assert.False(t, goals.GASOmission("").IsValid())
}

// TestSummarizeGASNoGoalLeft: when every scaled goal is left out, the error
// says no goal is left, and the summary returned with it still lists each
// goal left out and why, in input order.
func TestSummarizeGASNoGoalLeft(t *testing.T) {
	scaled := func(status goals.Status, base, follow *goals.Level, imp, diff int) goals.SMARTGoal {
		g := goalValid()
		g.ID = uuid.New()
		g.Status = status
		g.Attainment = &goals.GAS{Baseline: base, FollowUp: follow, ImportanceRating: imp, DifficultyRating: diff}
		return g
	}
	less, more := goalPtr(goals.LevelLess), goalPtr(goals.LevelMore)
	unscaled := goalValid()
	unscaled.Attainment = nil
	tests := []struct {
		name     string
		gs       []goals.SMARTGoal
		weighted bool
		want     []goals.GASOmission // by goal, "" for a goal not scaled
	}{
		{"no goals", nil, false, nil},
		{"only unscaled goals", []goals.SMARTGoal{unscaled}, false, []goals.GASOmission{""}},
		{"every reason", []goals.SMARTGoal{
			scaled(goals.StatusEnteredInError, less, more, 3, 3),
			unscaled,
			scaled(goals.StatusCancelled, less, more, 3, 3),
			scaled(goals.StatusRejected, less, more, 3, 3),
			scaled(goals.StatusActive, nil, more, 3, 3),
			scaled(goals.StatusActive, less, nil, 3, 3),
			scaled(goals.StatusActive, less, more, 0, 3),
		}, true, []goals.GASOmission{goals.GASOmissionEnteredInError, "", goals.GASOmissionCancelled, goals.GASOmissionRejected,
			goals.GASOmissionBaselineNotRated, goals.GASOmissionNotFollowedUp, goals.GASOmissionNoWeight}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []goals.GASOmitted
			for i, r := range tt.want {
				if r != "" {
					want = append(want, goals.GASOmitted{Index: i, ID: tt.gs[i].ID, Reason: r})
				}
			}
			s, err := goals.SummarizeGAS(tt.gs, &goals.GASOptions{Weighted: tt.weighted})
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, validate.ErrInvalid)
			assert.True(t, ve.Has("goals", "required"))
			assert.Len(t, ve.Problems, 1)
			assert.Equal(t, goals.GASSummary{Omitted: want}, s)
		})
	}

	// The same goal of weight 0 is scored when the summary is unweighted.
	s, err := goals.SummarizeGAS([]goals.SMARTGoal{scaled(goals.StatusActive, less, more, 0, 3)}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, s.Goals)

	// Any other problem gives the zero summary.
	bad := scaled(goals.StatusCancelled, goalPtr(goals.Level(-3)), more, 1, 1)
	s, err = goals.SummarizeGAS([]goals.SMARTGoal{bad}, nil)
	require.Error(t, err)
	assert.Zero(t, s)
}
