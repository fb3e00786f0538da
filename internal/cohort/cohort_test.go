package cohort_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/cohort"
	"github.com/recoverykit/recovery/recoverytest"
)

var update = flag.Bool("update", false, "rewrite golden files")

const at = "2026-03-02T10:00:00Z"

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got), "%s differs; run go test -update and review the diff", path)
}

// run runs the command and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code := cohort.Main("recoverykit", args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

func level(l goals.Level) *goals.Level { return &l }

// withKeys writes p as one JSON line with the keys beside the plan.
func withKeys(t *testing.T, p recovery.Plan, kv ...string) string {
	t.Helper()
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var extra strings.Builder
	for i := 0; i < len(kv); i += 2 {
		fmt.Fprintf(&extra, "%q:%q,", kv[i], kv[i+1])
	}
	return "{" + extra.String() + string(b[1:])
}

// fixedCohort is the small cohort of the golden tests: eight synthetic plans
// in two programs and two sites, half of them with goals scaled for GAS; a
// second version of two of them (one of the two before its first version);
// and the peer-support scenario.
func fixedCohort(t *testing.T) string {
	t.Helper()
	plans := recoverytest.Plans(3, 8)
	var lines []string
	var second []recovery.Plan
	for i := range plans {
		p := plans[i]
		if i%2 == 0 {
			for j := range p.Goals {
				p.Goals[j].Attainment = &goals.GAS{Baseline: goals.LevelLess, ImportanceRating: 1 + j%3, DifficultyRating: 1 + (i+j)%3}
				if j != 1 {
					p.Goals[j].Attainment.FollowUp = level(goals.Level(j%3 - 1))
				}
			}
			v2 := p
			v2.ID = uuid.UUID{0: 0xab, 15: byte(i)}
			v2.Version, v2.Replaces = 2, p.ID
			v2.Goals = slices.Clone(p.Goals)
			for j := range v2.Goals {
				a := *v2.Goals[j].Attainment
				a.FollowUp = level(goals.Level(j%2 + 1))
				v2.Goals[j].Attainment = &a
			}
			second = append(second, v2)
		}
		programs, sites := []string{"north", "south"}, []string{"a", "b"}
		lines = append(lines, withKeys(t, p, "program", programs[i%2], "site", sites[i/4]))
	}
	lines = slices.Insert(lines, 1, withKeys(t, second[0], "program", "north", "site", "a"))
	lines = append(lines, withKeys(t, second[1], "program", "north", "site", "a"))
	lines = append(lines, withKeys(t, recoverytest.Scenario(), "program", "peer", "site", "c"))
	return strings.Join(lines, "\n") + "\n"
}

func TestFixedCohortFile(t *testing.T) {
	golden(t, "cohort.jsonl", []byte(fixedCohort(t)))
}

// TestGolden writes every table, its summary and codebook for the fixed
// cohort, in CSV and NDJSON.
func TestGolden(t *testing.T) {
	dir := t.TempDir()
	in := fixedCohort(t)
	for _, cmd := range []string{"score", "goals", "decisions", "readiness"} {
		t.Run(cmd, func(t *testing.T) {
			summary := filepath.Join(dir, cmd+".summary.json")
			book := filepath.Join(dir, cmd+".codebook.csv")
			code, out, errOut := run(t, strings.NewReader(in), cmd, "-at", at, "-keep", "program,site", "-summary", summary, "-codebook", book)
			require.Equal(t, 0, code, errOut)
			assert.Empty(t, errOut)
			golden(t, cmd+".csv", []byte(out))
			s, err := os.ReadFile(summary)
			require.NoError(t, err)
			golden(t, cmd+".summary.json", s)
			b, err := os.ReadFile(book)
			require.NoError(t, err)
			golden(t, cmd+".codebook.csv", b)

			code, nd, errOut := run(t, strings.NewReader(in), cmd, "-at", at, "-keep", "program,site", "-format", "ndjson")
			require.Equal(t, 0, code, errOut)
			golden(t, cmd+".ndjson", []byte(nd))
			assertSameTable(t, out, nd)
		})
	}
	code, out, errOut := run(t, nil, "codebook", "-json", "-keep", "program,site", "-at", at)
	require.Equal(t, 0, code, errOut)
	golden(t, "codebook.json", []byte(out))
	var cb struct {
		Rubric string `json:"rubric"`
		At     string `json:"at"`
		Tables []struct {
			Table   string `json:"table"`
			Columns []struct {
				Column string `json:"column"`
			} `json:"columns"`
		} `json:"tables"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &cb))
	assert.Equal(t, recovery.RubricVersion, cb.Rubric)
	assert.Equal(t, at, cb.At)
	require.Len(t, cb.Tables, 4)
	// Every column of every table is in the codebook, in order.
	for _, tb := range cb.Tables {
		_, table, _ := run(t, strings.NewReader(in), tb.Table, "-at", at, "-keep", "program,site")
		header := strings.Split(strings.SplitN(table, "\n", 2)[0], ",")
		var cols []string
		for _, c := range tb.Columns {
			cols = append(cols, c.Column)
		}
		assert.Equal(t, header, cols, tb.Table)
	}
}

// assertSameTable checks that a CSV table and an NDJSON one hold the same
// cells.
func assertSameTable(t *testing.T, csvText, ndjson string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(csvText)).ReadAll()
	require.NoError(t, err)
	header, rows := recs[0], recs[1:]
	lines := strings.Split(strings.TrimSuffix(ndjson, "\n"), "\n")
	require.Len(t, lines, len(rows))
	for i, line := range lines {
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		var m map[string]any
		require.NoError(t, dec.Decode(&m))
		require.Len(t, m, len(header))
		for j, h := range header {
			var cell string
			switch v := m[h].(type) {
			case nil:
			case string:
				cell = v
			case json.Number:
				cell = v.String()
			case bool:
				cell = strconv.FormatBool(v)
			}
			assert.Equal(t, rows[i][j], cell, "row %d column %s", i, h)
		}
	}
}

// TestQuantileTypes checks the quartiles against R's quantile(1:10, c(.25,
// .5, .75), type = k) and quantile(c(1, 3, 4, 8), ...), as R 4 prints them.
func TestQuantileTypes(t *testing.T) {
	x10 := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	x4 := []float64{1, 3, 4, 8}
	for _, tc := range []struct {
		x    []float64
		typ  int
		want [3]float64
	}{
		{x10, 1, [3]float64{3, 5, 8}},
		{x10, 2, [3]float64{3, 5.5, 8}},
		{x10, 3, [3]float64{2, 5, 8}},
		{x10, 4, [3]float64{2.5, 5, 7.5}},
		{x10, 5, [3]float64{3, 5.5, 8}},
		{x10, 6, [3]float64{2.75, 5.5, 8.25}},
		{x10, 7, [3]float64{3.25, 5.5, 7.75}},
		{x10, 8, [3]float64{2.916666666666667, 5.5, 8.083333333333334}},
		{x10, 9, [3]float64{2.9375, 5.5, 8.0625}},
		{x4, 7, [3]float64{2.5, 3.5, 5}},
		{x4, 1, [3]float64{1, 3, 4}},
		{x4, 6, [3]float64{1.5, 3.5, 7}},
		{[]float64{42}, 7, [3]float64{42, 42, 42}},
		{[]float64{42}, 6, [3]float64{42, 42, 42}},
	} {
		for i, p := range []float64{0.25, 0.5, 0.75} {
			assert.InDelta(t, tc.want[i], cohort.Quantile(tc.x, p, tc.typ), 1e-12, "type %d p %v of %v", tc.typ, p, tc.x)
		}
	}
}

type summaryFile struct {
	Library struct {
		Version string `json:"version"`
	} `json:"library"`
	Rubric       string  `json:"rubric"`
	At           string  `json:"at"`
	Seed         *uint64 `json:"seed"`
	QuantileType int     `json:"quantileType"`
	Counts       struct {
		Read, Blank, OutOfShard, Plans, Rejected, Rows int
		ByRule                                         map[string]int
	} `json:"counts"`
	Variables []statsFile `json:"variables"`
	Groups    []struct {
		Group     map[string]string `json:"group"`
		Variables []statsFile       `json:"variables"`
	} `json:"groups"`
}

type statsFile struct {
	Name                               string
	N                                  int
	Mean, SD, Min, Q1, Median, Q3, Max *float64
}

func readSummary(t *testing.T, path string) summaryFile {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var s summaryFile
	require.NoError(t, json.Unmarshal(b, &s))
	return s
}

// TestSummaryIndependent recomputes the summary of a synthetic cohort from
// the score table itself: each plan's P subtotals and total as sums of its
// points, then the mean, the sample SD and the type 7 quartiles by the
// textbook formulas, overall and by program.
func TestSummaryIndependent(t *testing.T) {
	var plans strings.Builder
	for i, p := range recoverytest.Plans(11, 400) {
		plans.WriteString(withKeys(t, p, "program", []string{"east", "west", "north"}[i%3]) + "\n")
	}
	path := filepath.Join(t.TempDir(), "s.json")
	code, out, errOut := run(t, strings.NewReader(plans.String()), "score", "-at", at, "-keep", "program", "-summary", path)
	require.Equal(t, 0, code, errOut)
	s := readSummary(t, path)
	assert.Equal(t, 7, s.QuantileType)
	assert.Equal(t, recovery.RubricVersion, s.Rubric)
	assert.Equal(t, at, s.At)
	assert.Nil(t, s.Seed)
	assert.Equal(t, 400, s.Counts.Plans)
	assert.Equal(t, 400*16, s.Counts.Rows)

	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	type key struct{ plan, v string }
	sums := map[key]float64{}
	var order []string
	program := map[string]string{}
	for _, r := range recs[1:] {
		id := r[col["plan_id"]]
		if _, ok := program[id]; !ok {
			order = append(order, id)
			program[id] = r[col["program"]]
		}
		pts, err := strconv.ParseFloat(r[col["points"]], 64)
		require.NoError(t, err)
		sums[key{id, r[col["p"]]}] += pts
		sums[key{id, "total"}] += pts
	}
	check := func(st statsFile, ids []string) {
		var xs []float64
		for _, id := range ids {
			xs = append(xs, sums[key{id, st.Name}])
		}
		n := float64(len(xs))
		var mean, ss float64
		for _, x := range xs {
			mean += x / n
		}
		for _, x := range xs {
			ss += (x - mean) * (x - mean)
		}
		sort.Float64s(xs)
		q := func(p float64) float64 { // Hyndman & Fan type 7: h = (n-1)p
			h := (n - 1) * p
			lo := math.Floor(h)
			if int(lo)+1 >= len(xs) {
				return xs[len(xs)-1]
			}
			return xs[int(lo)] + (h-lo)*(xs[int(lo)+1]-xs[int(lo)])
		}
		assert.Equal(t, len(xs), st.N, st.Name)
		assert.InDelta(t, mean, *st.Mean, 1e-9, st.Name)
		assert.InDelta(t, math.Sqrt(ss/(n-1)), *st.SD, 1e-9, st.Name)
		assert.InDelta(t, xs[0], *st.Min, 1e-9, st.Name)
		assert.InDelta(t, q(0.25), *st.Q1, 1e-9, st.Name)
		assert.InDelta(t, q(0.5), *st.Median, 1e-9, st.Name)
		assert.InDelta(t, q(0.75), *st.Q3, 1e-9, st.Name)
		assert.InDelta(t, xs[len(xs)-1], *st.Max, 1e-9, st.Name)
	}
	require.Len(t, s.Variables, 5)
	for _, st := range s.Variables {
		check(st, order)
	}
	require.Len(t, s.Groups, 3)
	assert.Equal(t, "east", s.Groups[0].Group["program"], "groups in order of their values")
	for _, g := range s.Groups {
		var ids []string
		for _, id := range order {
			if program[id] == g.Group["program"] {
				ids = append(ids, id)
			}
		}
		for _, st := range g.Variables {
			check(st, ids)
		}
	}
}
