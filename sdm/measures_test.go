package sdm_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/sdm"
)

// itemMeasure is a measure that scores a slice of items on 0 to 100.
type itemMeasure struct {
	name  string
	n     int // number of items
	max   int // highest item value
	score func([]int) (float64, error)
}

var itemMeasures = []itemMeasure{
	{"SDMQ9", 9, 5, sdm.SDMQ9},
	{"SDMQDoc", 9, 5, sdm.SDMQDoc},
	{"OPTION5", 5, 4, sdm.OPTION5},
	{"DCS", 16, 4, func(items []int) (float64, error) {
		r, err := sdm.DCS(items)
		return r.Total, err
	}},
}

// Worked examples from reference/instruments.md §2.4 (SDM-Q-9) and §5.1
// (OPTION-5); SDM-Q-Doc uses the same transformation (§2.3).
var scoreTests = []struct {
	measure string
	items   []int
	want    float64
}{
	{"SDMQ9", []int{5, 4, 3, 5, 5, 4, 4, 5, 5}, 800.0 / 9}, // raw 40 -> 88.888...
	{"SDMQ9", []int{5, 5, 5, 5, 5, 5, 5, 5, 5}, 100},
	{"SDMQ9", []int{0, 0, 0, 0, 0, 0, 0, 0, 0}, 0},
	{"SDMQ9", []int{0, 0, 0, 0, 0, 0, 4, 0, 0}, 80.0 / 9}, // one item of 4 contributes 8.888...
	{"SDMQDoc", []int{5, 4, 3, 5, 5, 4, 4, 5, 5}, 800.0 / 9},
	{"SDMQDoc", []int{5, 5, 5, 5, 5, 5, 5, 5, 5}, 100},
	{"SDMQDoc", []int{0, 0, 0, 0, 0, 0, 0, 0, 0}, 0},
	{"OPTION5", []int{2, 1, 0, 3, 2}, 40},
	{"OPTION5", []int{4, 4, 4, 4, 4}, 100},
	{"OPTION5", []int{0, 0, 0, 0, 0}, 0},
	{"DCS", []int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 1}, 29.6875},
}

func measure(t testing.TB, name string) itemMeasure {
	for _, m := range itemMeasures {
		if m.name == name {
			return m
		}
	}
	t.Fatalf("no measure %s", name)
	return itemMeasure{}
}

func TestScores(t *testing.T) {
	for _, tt := range scoreTests {
		t.Run(tt.measure, func(t *testing.T) {
			got, err := measure(t, tt.measure).score(tt.items)
			require.NoError(t, err)
			assert.InDelta(t, tt.want, got, 1e-12)
		})
	}
	// The SDM-Q-9 worked example to the reference's printed precision.
	got, err := sdm.SDMQ9([]int{5, 4, 3, 5, 5, 4, 4, 5, 5})
	require.NoError(t, err)
	assert.InDelta(t, 88.8889, got, 5e-5)
}

func TestItemErrors(t *testing.T) {
	tests := []struct {
		measure string
		items   []int
		want    []validate.Problem
	}{
		{"SDMQ9", nil, []validate.Problem{{Path: "items", Rule: "len", Param: "9"}}},
		{"SDMQ9", []int{5, 4, 3, 5, 5, 4, 4, 5}, []validate.Problem{{Path: "items", Rule: "len", Param: "9"}}},
		{"SDMQ9", []int{5, 4, 6, 5, 5, 4, 4, 5, 5}, []validate.Problem{{Path: "items[2]", Rule: "max", Param: "5"}}},
		{"SDMQ9", []int{5, 4, 3, 5, 5, 4, 4, 5, -1}, []validate.Problem{{Path: "items[8]", Rule: "min", Param: "0"}}},
		// A list of the wrong length is reported once; its answers are not
		// checked one by one, however many there are.
		{"SDMQDoc", []int{5, 4, 3, 5, 5, 4, 4, 5, 5, 5, 9}, []validate.Problem{{Path: "items", Rule: "len", Param: "9"}}},
		{"SDMQ9", make([]int, 100000), []validate.Problem{{Path: "items", Rule: "len", Param: "9"}}},
		{"OPTION5", []int{2, 1, 0, 3, 5}, []validate.Problem{{Path: "items[4]", Rule: "max", Param: "4"}}},
		{"OPTION5", []int{2, 1, 0, 3}, []validate.Problem{{Path: "items", Rule: "len", Param: "5"}}},
		{"DCS", []int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0}, []validate.Problem{{Path: "items", Rule: "len", Param: "16"}}},
		{"DCS", []int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 5}, []validate.Problem{{Path: "items[15]", Rule: "max", Param: "4"}}},
		{"DCS", []int{-2, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 1}, []validate.Problem{{Path: "items[0]", Rule: "min", Param: "0"}}},
	}
	for _, tt := range tests {
		t.Run(tt.measure, func(t *testing.T) {
			got, err := measure(t, tt.measure).score(tt.items)
			assert.Zero(t, got)
			assert.ErrorIs(t, err, recovery.ErrInvalid)
			var ve *recovery.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, tt.want, ve.Problems)
		})
	}
}

func TestDCS(t *testing.T) {
	// reference/instruments.md §6.5.
	r, err := sdm.DCS([]int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 1})
	require.NoError(t, err)
	assert.Equal(t, 29.6875, r.Total)
	assert.InDelta(t, 16.6667, r.Informed, 5e-5)
	assert.InDelta(t, 33.3333, r.ValuesClarity, 5e-5)
	assert.Equal(t, 25.0, r.Support)
	assert.InDelta(t, 58.3333, r.Uncertainty, 5e-5)
	assert.Equal(t, 18.75, r.EffectiveDecision)
	assert.InDelta(t, 50.0/3, r.Informed, 1e-12)
	assert.InDelta(t, 175.0/3, r.Uncertainty, 1e-12)
	assert.Equal(t, sdm.DCSBandModerate, r.Band)
	for _, s := range sdm.DCSSubscales() {
		assert.True(t, s.IsValid())
	}
	assert.Equal(t, r.Uncertainty, r.Subscale(sdm.DCSSubscaleUncertainty))
	assert.Zero(t, r.Subscale("certainty"))
}

func TestDCSItemMap(t *testing.T) {
	// The current manual ordering, reference/instruments.md §6.2.
	want := map[sdm.DCSSubscale][]int{
		sdm.DCSSubscaleInformed:          {1, 2, 3},
		sdm.DCSSubscaleValuesClarity:     {4, 5, 6},
		sdm.DCSSubscaleSupport:           {7, 8, 9},
		sdm.DCSSubscaleUncertainty:       {10, 11, 12},
		sdm.DCSSubscaleEffectiveDecision: {13, 14, 15, 16},
	}
	var all []int
	for _, s := range sdm.DCSSubscales() {
		assert.Equal(t, want[s], s.Items(), s)
		all = append(all, s.Items()...)
	}
	assert.Equal(t, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, all)
	assert.Nil(t, sdm.DCSSubscale("").Items())
	assert.Equal(t, "dcs-16-statement-2010", sdm.DCSVersion)

	// Each subscale scores only its own items: a 4 on every item of one
	// subscale gives 100 there and 0 elsewhere.
	for _, s := range sdm.DCSSubscales() {
		items := make([]int, 16)
		for _, i := range s.Items() {
			items[i-1] = 4
		}
		r, err := sdm.DCS(items)
		require.NoError(t, err)
		for _, o := range sdm.DCSSubscales() {
			if o == s {
				assert.Equal(t, 100.0, r.Subscale(o), "%s on %s", o, s)
			} else {
				assert.Zero(t, r.Subscale(o), "%s on %s", o, s)
			}
		}
	}
}

func TestDCSBand(t *testing.T) {
	// Totals move in steps of 25/16 = 1.5625; raw 16 is exactly 25 and raw 24
	// exactly 37.5, so the boundaries are reachable.
	tests := []struct {
		raw   int
		total float64
		band  sdm.DCSBand
	}{
		{0, 0, sdm.DCSBandLow},
		{15, 23.4375, sdm.DCSBandLow},
		{16, 25, sdm.DCSBandModerate},
		{19, 29.6875, sdm.DCSBandModerate},
		{24, 37.5, sdm.DCSBandModerate},
		{25, 39.0625, sdm.DCSBandHigh},
		{64, 100, sdm.DCSBandHigh},
	}
	for _, tt := range tests {
		items := make([]int, 16)
		for i, left := 0, tt.raw; left > 0; i++ {
			items[i] = min(4, left)
			left -= items[i]
		}
		r, err := sdm.DCS(items)
		require.NoError(t, err)
		assert.Equal(t, tt.total, r.Total, "raw %d", tt.raw)
		assert.Equal(t, tt.band, r.Band, "raw %d", tt.raw)
		assert.True(t, r.Band.IsValid())
	}
	assert.False(t, sdm.DCSBand("").IsValid())
}

// collaborateExample is reference/instruments.md §3.2.
var collaborateExample = [][]int{{9, 9, 9}, {9, 8, 9}, {9, 9, 9}, {7, 8, 6}, {9, 9}}

func TestCollaboRATE(t *testing.T) {
	twentyFive := make([][]int, 25)
	for i := range twentyFive {
		twentyFive[i] = []int{9, 9, 9 - i%2}
	}
	tests := []struct {
		name       string
		encounters [][]int
		want       sdm.CollaboRATEResult
	}{
		{"worked example", collaborateExample,
			sdm.CollaboRATEResult{TopScore: 50, Top: 2, Mean: 101.0 / 12, N: 4, Excluded: 1}},
		{"negative marks missing", [][]int{{9, 9, 9}, {9, -1, 9}, {0, 0, 0}},
			sdm.CollaboRATEResult{TopScore: 50, Top: 1, Mean: 4.5, N: 2, Excluded: 1}},
		{"no encounters", nil, sdm.CollaboRATEResult{}},
		{"all excluded", [][]int{{}, {9}, {-1, -1, -1}}, sdm.CollaboRATEResult{Excluded: 3}},
		{"25 complete encounters are reportable", twentyFive,
			sdm.CollaboRATEResult{TopScore: 52, Top: 13, Mean: (25*27 - 12) / 75.0, N: 25, Reportable: true}},
		{"24 are not", twentyFive[:24],
			sdm.CollaboRATEResult{TopScore: 50, Top: 12, Mean: (24*27 - 12) / 72.0, N: 24}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sdm.CollaboRATE(tt.encounters, nil)
			require.NoError(t, err)
			assert.InDelta(t, tt.want.Mean, got.Mean, 1e-12)
			tt.want.Mean = got.Mean
			assert.Equal(t, tt.want, got)
		})
	}
	// The worked example to the reference's printed precision.
	got, err := sdm.CollaboRATE(collaborateExample, nil)
	require.NoError(t, err)
	assert.Equal(t, 50.0, got.TopScore)
	assert.InDelta(t, 8.416667, got.Mean, 5e-7)
	assert.Equal(t, 25, sdm.CollaboRATEMinEncounters)
}

// TestCollaboRATEVersions: the 5-point version is rejected with a clear
// error, never scored as 0% top scores on the 0 to 9 scale.
func TestCollaboRATEVersions(t *testing.T) {
	fivePoint := [][]int{{4, 4, 4}, {4, 3, 4}, {4, 4, 4}}
	tests := []struct {
		name string
		opts *sdm.CollaboRATEOptions
		rule string
	}{
		{"nil options: the 10-point version", nil, ""},
		{"the 10-point version named", &sdm.CollaboRATEOptions{Version: sdm.CollaboRATEVersion10}, ""},
		{"the 5-point version", &sdm.CollaboRATEOptions{Version: sdm.CollaboRATEVersion5}, "unsupported"},
		{"an unknown version", &sdm.CollaboRATEOptions{Version: "7-point"}, "valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sdm.CollaboRATE(fivePoint, tt.opts)
			if tt.rule == "" {
				require.NoError(t, err)
				assert.Equal(t, 3, got.N)
				return
			}
			assert.ErrorIs(t, err, recovery.ErrInvalid)
			var ve *recovery.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, []validate.Problem{{Path: "version", Rule: tt.rule}}, ve.Problems)
			assert.Equal(t, sdm.CollaboRATEResult{}, got)
		})
	}
	for i, v := range sdm.CollaboRATEVersions() {
		assert.True(t, v.IsValid())
		assert.Equal(t, i, v.Index())
	}
	assert.False(t, sdm.CollaboRATEVersion("").IsValid())
}

func TestCollaboRATEErrors(t *testing.T) {
	in := [][]int{{9, 9, 9}, {9, 9, 9, 9}, {9, 10, 9}, {12}}
	before := [][]int{{9, 9, 9}, {9, 9, 9, 9}, {9, 10, 9}, {12}}
	got, err := sdm.CollaboRATE(in, nil)
	assert.Equal(t, sdm.CollaboRATEResult{}, got)
	assert.ErrorIs(t, err, recovery.ErrInvalid)
	var ve *recovery.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, []validate.Problem{
		{Path: "encounters[1]", Rule: "len", Param: "3"},
		{Path: "encounters[2][1]", Rule: "max", Param: "9"},
		{Path: "encounters[3][0]", Rule: "max", Param: "9"},
	}, ve.Problems)
	assert.Equal(t, before, in, "input unchanged")
}

func TestSURE(t *testing.T) {
	tests := []struct {
		answers  [4]bool
		score    int
		conflict bool
	}{
		{[4]bool{true, true, false, true}, 3, true}, // reference §4 worked example
		{[4]bool{true, true, true, true}, 4, false},
		{[4]bool{}, 0, true},
		{[4]bool{false, true, true, true}, 3, true},
		{[4]bool{true, false, false, false}, 1, true},
	}
	for _, tt := range tests {
		score, conflict := sdm.SURE(tt.answers)
		assert.Equal(t, tt.score, score, "%v", tt.answers)
		assert.Equal(t, tt.conflict, conflict, "%v", tt.answers)
	}
}

// TestScoreProperties checks, on random valid answers, that every measure
// scores inside 0..100 and that raising any one item raises the score.
func TestScoreProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, m := range itemMeasures {
		t.Run(m.name, func(t *testing.T) {
			for range 500 {
				items := make([]int, m.n)
				for i := range items {
					items[i] = rng.IntN(m.max + 1)
				}
				base, err := m.score(items)
				require.NoError(t, err)
				assert.GreaterOrEqual(t, base, 0.0)
				assert.LessOrEqual(t, base, 100.0)
				for i := range items {
					if items[i] == m.max {
						continue
					}
					up := append([]int(nil), items...)
					up[i]++
					got, err := m.score(up)
					require.NoError(t, err)
					assert.Greater(t, got, base, "raising item %d of %v", i+1, items)
				}
			}
		})
	}
}

func TestDCSProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		items := make([]int, 16)
		for i := range items {
			items[i] = rng.IntN(5)
		}
		base, err := sdm.DCS(items)
		require.NoError(t, err)
		for _, s := range sdm.DCSSubscales() {
			assert.GreaterOrEqual(t, base.Subscale(s), 0.0)
			assert.LessOrEqual(t, base.Subscale(s), 100.0)
		}
		for i := range items {
			if items[i] == 4 {
				continue
			}
			up := append([]int(nil), items...)
			up[i]++
			got, err := sdm.DCS(up)
			require.NoError(t, err)
			for _, s := range sdm.DCSSubscales() {
				if slices.Contains(s.Items(), i+1) {
					assert.Greater(t, got.Subscale(s), base.Subscale(s), "item %d raises %s", i+1, s)
				} else {
					assert.Equal(t, base.Subscale(s), got.Subscale(s), "item %d leaves %s", i+1, s)
				}
			}
			assert.Greater(t, got.Total, base.Total)
		}
	}
}

func TestCollaboRATEProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		encounters := make([][]int, 1+rng.IntN(30))
		for i := range encounters {
			encounters[i] = []int{rng.IntN(10), rng.IntN(10), rng.IntN(10)}
		}
		base, err := sdm.CollaboRATE(encounters, nil)
		require.NoError(t, err)
		assert.GreaterOrEqual(t, base.TopScore, 0.0)
		assert.LessOrEqual(t, base.TopScore, 100.0)
		assert.GreaterOrEqual(t, base.Mean, 0.0)
		assert.LessOrEqual(t, base.Mean, 9.0)
		assert.Equal(t, len(encounters), base.N)
		for i := range encounters {
			for j := range 3 {
				if encounters[i][j] == 9 {
					continue
				}
				saved := encounters[i][j]
				encounters[i][j]++
				got, err := sdm.CollaboRATE(encounters, nil)
				require.NoError(t, err)
				encounters[i][j] = saved
				assert.GreaterOrEqual(t, got.TopScore, base.TopScore)
				assert.Greater(t, got.Mean, base.Mean)
			}
		}
	}
}

func TestSUREProperties(t *testing.T) {
	for mask := range 16 {
		var a [4]bool
		for i := range a {
			a[i] = mask&(1<<i) != 0
		}
		score, conflict := sdm.SURE(a)
		assert.GreaterOrEqual(t, score, 0)
		assert.LessOrEqual(t, score, 4)
		assert.Equal(t, score < 4, conflict)
		for i := range a {
			if a[i] {
				continue
			}
			up := a
			up[i] = true
			got, _ := sdm.SURE(up)
			assert.Equal(t, score+1, got)
		}
	}
}
