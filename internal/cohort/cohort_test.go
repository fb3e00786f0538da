package cohort_test

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
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
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/cohort"
	"github.com/recoverykit/recovery/quality"
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
	if string(want) == string(got) {
		return
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			t.Errorf("%s differs at line %d:\nwant %.300s\ngot  %.300s\nrun go test -update and review the diff", path, i+1, w[i], g[i])
			return
		}
	}
	t.Errorf("%s: want %d lines, got %d; run go test -update and review the diff", path, len(w), len(g))
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
// in two programs and two sites, half of them with goals scaled for GAS (one
// of them not followed up yet); a
// second version of two of them (one of the two before its first version);
// and the peer-support scenario, its decision with a response to each
// instrument.
func fixedCohort(t *testing.T) string {
	t.Helper()
	plans := recoverytest.Plans(3, 8)
	var lines []string
	var second []recovery.Plan
	for i := range plans {
		p := plans[i]
		if i%2 == 0 {
			for j := range p.Goals {
				p.Goals[j].Attainment = &goals.GAS{Baseline: level(goals.LevelLess), ImportanceRating: 1 + j%3, DifficultyRating: 1 + (i+j)%3}
				if j != 1 && i != 6 { // plan 6 is not followed up yet
					p.Goals[j].Attainment.FollowUp = level(goals.Level(j%3 - 1))
				}
			}
			v2 := p
			v2.ID = uuid.UUID{0: 0xab, 15: byte(i)}
			v2.Version, v2.Replaces, v2.SeriesID = 2, p.ID, p.Series()
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
	scenario := recoverytest.Scenario()
	for i, w := range workedExamples[2:] { // every instrument but SDM-Q-9 and -Doc, which the synthetic plans carry
		m := w.m
		m.AnsweredAt = scenario.Decisions[0].DecidedAt.Add(time.Duration(i+1) * time.Hour)
		scenario.Decisions[0].Measures = append(scenario.Decisions[0].Measures, m)
	}
	lines = append(lines, withKeys(t, scenario, "program", "peer", "site", "c"))
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
	assert.Equal(t, quality.RubricVersion, cb.Rubric)
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
	assert.Equal(t, quality.RubricVersion, s.Rubric)
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

func planLine(t *testing.T, p recovery.Plan) string {
	t.Helper()
	b, err := json.Marshal(p)
	require.NoError(t, err)
	return string(b)
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

type rejectRow struct {
	Source string `json:"source"`
	Line   int    `json:"line"`
	Rule   string `json:"rule"`
	Path   string `json:"path"`
}

func readRejects(t *testing.T, path string) []rejectRow {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var out []rejectRow
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if line == "" {
			continue
		}
		var r rejectRow
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		out = append(out, r)
	}
	return out
}

// TestBadInputNeverStops: every kind of bad input gives a reject row naming
// the source, the line and the rule, never the content, and the plans after
// it are still tabulated.
func TestBadInputNeverStops(t *testing.T) {
	good := recoverytest.Plans(5, 8)
	invalid := good[1]
	invalid.ID = uuid.UUID{15: 0xee}
	invalid.PersonID = ""
	const secret = "my-secret-words"
	dir := t.TempDir()
	write := func(name string, b []byte) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	// a.jsonl: a BOM, bad JSON, a wrong type, an invalid plan, a blank line
	// (skipped and counted),
	// a duplicate, a CRLF line.
	write("a.jsonl", []byte(strings.Join([]string{
		"\uFEFF" + planLine(t, good[0]), // 1 ok, after a BOM
		`{"id": "` + secret + `"`,       // 2 json-syntax
		`{"version": "` + secret + `"}`, // 3 json-type
		strings.Replace(planLine(t, invalid), `"personId":""`, `"personId":"","vision":"`+secret+`"`, 1), // 4 invalid
		"",                          // 5 blank
		planLine(t, good[0]),        // 6 duplicate
		planLine(t, good[1]) + "\r", // 7 ok
	}, "\n")))
	// b.jsonl.gz: a gzip file with a BOM.
	write("b.jsonl.gz", gz(t, "\uFEFF"+planLine(t, good[2])+"\n"+planLine(t, good[3])+"\n"))
	// c.jsonl.gz: cut short in the middle of its second plan.
	full := gz(t, planLine(t, good[4])+"\n"+planLine(t, good[5])+"\n")
	write("c.jsonl.gz", full[:len(full)*3/4])
	// sub/d.ndjson, found in a subdirectory; notes.txt is not a plan file.
	write("sub/d.ndjson", []byte(planLine(t, good[6])+"\n"))
	write("notes.txt", []byte(secret))

	// stdin: a 100 MB line between two plans.
	huge := io.MultiReader(
		strings.NewReader(planLine(t, good[7])+"\n"+`{"vision":"`),
		io.LimitReader(repeatReader('x'), 100<<20),
		strings.NewReader(`"}`+"\n"+`{"also":"bad"`+"\n"),
	)
	rejects := filepath.Join(dir, "rejects.ndjson")
	summary := filepath.Join(dir, "summary.json")
	code, out, errOut := run(t, huge, "score", "-at", at, "-rejects", rejects, "-summary", summary, dir, "-")
	require.Equal(t, 0, code, errOut)
	assert.NotContains(t, errOut, secret)
	assert.Empty(t, errOut, "with -rejects, nothing on stderr")

	rows := readRejects(t, rejects)
	a, c := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "c.jsonl.gz")
	assert.Contains(t, rows, rejectRow{a, 2, "json-syntax", "byte 24"})
	assert.Contains(t, rows, rejectRow{a, 3, "json-type", "version"})
	assert.Contains(t, rows, rejectRow{a, 4, "required", "personId"})
	assert.Contains(t, rows, rejectRow{a, 6, "duplicate", "id"})
	assert.Contains(t, rows, rejectRow{c, 2, "gzip-truncated", ""})
	assert.Contains(t, rows, rejectRow{"-", 2, "too-long", ""})
	assert.Contains(t, rows, rejectRow{"-", 3, "json-syntax", "byte 13"})
	for _, r := range rows {
		assert.NotContains(t, r.Source+r.Rule+r.Path, secret)
	}
	raw, err := os.ReadFile(rejects)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), secret, "the rejects file never holds content")

	// Every good plan is tabulated, each once: a's two, b's two, c's first,
	// d's one and stdin's one.
	for _, i := range []int{0, 1, 2, 3, 4, 6, 7} {
		assert.Equal(t, 16, strings.Count(out, good[i].ID.String()), "plan %d", i)
	}
	assert.NotContains(t, out, good[5].ID.String(), "the line cut short is not read")
	s := readSummary(t, summary)
	assert.Equal(t, 7, s.Counts.Plans)
	assert.Equal(t, 1, s.Counts.Blank)
	assert.Equal(t, 7, s.Counts.Rejected)
	assert.Equal(t, 14, s.Counts.Read)
	assert.Equal(t, map[string]int{"json-syntax": 2, "json-type": 1, "required": 1, "duplicate": 1, "gzip-truncated": 1, "too-long": 1}, s.Counts.ByRule)

	// Without -rejects, stderr says how many lines were rejected, and no more.
	code, _, errOut = run(t, strings.NewReader("{bad\n"+planLine(t, good[0])+"\n"), "score", "-at", at)
	assert.Equal(t, 0, code)
	assert.Equal(t, "recoverykit score: 1 lines rejected (write them with -rejects FILE)\n", errOut)
	// With -strict, a rejected line gives exit code 3.
	code, _, _ = run(t, strings.NewReader("{bad\n"+planLine(t, good[0])+"\n"), "score", "-at", at, "-strict")
	assert.Equal(t, cohort.ExitRejected, code)
	code, _, _ = run(t, strings.NewReader(planLine(t, good[0])+"\n"), "score", "-at", at, "-strict")
	assert.Equal(t, cohort.ExitOK, code)
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// TestShardsUnion: the shards of a run, put together, are the whole run:
// every row and every reject exactly once.
func TestShardsUnion(t *testing.T) {
	in := fixedCohort(t) + "{bad\n" + "{also bad\n" + strings.Join(func() []string {
		var out []string
		for _, p := range recoverytest.Plans(8, 60) {
			out = append(out, planLine(t, p))
		}
		return out
	}(), "\n") + "\n"
	dir := t.TempDir()
	for _, cmd := range []string{"score", "goals"} {
		whole := filepath.Join(dir, cmd+"-whole.ndjson")
		code, want, errOut := run(t, strings.NewReader(in), cmd, "-at", at, "-rejects", whole)
		require.Equal(t, 0, code, errOut)
		wantRej, err := os.ReadFile(whole)
		require.NoError(t, err)
		var gotRows, gotRej []string
		nonEmpty := 0
		for i := range 3 {
			path := filepath.Join(dir, fmt.Sprintf("%s-%d.ndjson", cmd, i))
			code, got, errOut := run(t, strings.NewReader(in), cmd, "-at", at, "-shard", fmt.Sprintf("%d/3", i), "-rejects", path)
			require.Equal(t, 0, code, errOut)
			rows := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
			assert.Equal(t, strings.SplitN(want, "\n", 2)[0], rows[0], "every shard has the header")
			if len(rows) > 1 {
				nonEmpty++
			}
			gotRows = append(gotRows, rows[1:]...)
			rej, err := os.ReadFile(path)
			require.NoError(t, err)
			gotRej = append(gotRej, strings.SplitAfter(string(rej), "\n")...)
		}
		assert.Equal(t, 3, nonEmpty, "each shard has a share")
		wantRows := strings.Split(strings.TrimSuffix(want, "\n"), "\n")[1:]
		sort.Strings(wantRows)
		sort.Strings(gotRows)
		assert.Equal(t, wantRows, gotRows, cmd)
		wantR := strings.SplitAfter(string(wantRej), "\n")
		sort.Strings(wantR)
		sort.Strings(gotRej)
		assert.Equal(t, strings.Join(wantR, ""), strings.Join(gotRej, ""), cmd)
		if cmd == "goals" {
			assert.Equal(t, 4, strings.Count(want, measureFromReplaced))
			assert.Equal(t, 4, strings.Count(strings.Join(gotRows, "\n"), measureFromReplaced), "change rows stay whole: a person's versions share a shard")
		}
	}
}

const measureFromReplaced = "gas-change-from-replaced"

// TestWorkersSameOutput: the output does not depend on the number of
// workers.
func TestWorkersSameOutput(t *testing.T) {
	var b strings.Builder
	for _, p := range recoverytest.Plans(9, 300) {
		b.WriteString(planLine(t, p) + "\n")
	}
	in := b.String() + "{bad\n" + b.String() + fixedCohort(t)
	for _, cmd := range []string{"score", "goals", "decisions", "readiness"} {
		dir := t.TempDir()
		args := func(n string) []string {
			return []string{cmd, "-workers", n, "-at", at, "-rejects", filepath.Join(dir, n+".rej"), "-summary", filepath.Join(dir, n+".json")}
		}
		code, want, _ := run(t, strings.NewReader(in), args("1")...)
		require.Equal(t, 0, code)
		for _, n := range []string{"2", "3", "8"} {
			code, got, _ := run(t, strings.NewReader(in), args(n)...)
			require.Equal(t, 0, code)
			assert.Equal(t, want, got, "%s -workers %s", cmd, n)
			for _, f := range []string{".rej", ".json"} {
				w, err := os.ReadFile(filepath.Join(dir, "1"+f))
				require.NoError(t, err)
				g, err := os.ReadFile(filepath.Join(dir, n+f))
				require.NoError(t, err)
				assert.Equal(t, string(w), string(g), "%s -workers %s %s", cmd, n, f)
			}
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nope"},
		{"score"}, // -at is required for file input
		{"score", "-at", "yesterday"},
		{"score", "-synthetic", "-1"},
		{"score", "-emit"},
		{"score", "-synthetic", "2", "file.jsonl"},
		{"score", "-workers", "0", "-at", at},
		{"score", "-workers", "1025", "-at", at},
		{"score", "-max-line", "0", "-at", at},
		{"score", "-max-line", strconv.Itoa(recovery.MaxPlanBytes + 1), "-at", at},
		{"score", "-shard", "3/3", "-at", at},
		{"score", "-shard", "1", "-at", at},
		{"score", "-quantile-type", "10", "-at", at},
		{"score", "-format", "xlsx", "-at", at},
		{"score", "-keep", "a,,b", "-at", at},
		{"score", "-keep", "site,site", "-at", at},
		{"score", "-keep", "plan_id", "-at", at},
		{"report", "-format", "ndjson", "-at", at},
		{"score", "-nope"},
		{"codebook", "nope"},
	} {
		code, _, errOut := run(t, nil, args...)
		assert.Equal(t, cohort.ExitUsage, code, args)
		assert.NotEmpty(t, errOut, args)
	}
	for _, args := range [][]string{{"-h"}, {"help"}, {"score", "-h"}, {"codebook", "-h"}, {"version"}} {
		code, out, errOut := run(t, nil, args...)
		assert.Equal(t, cohort.ExitOK, code, args)
		assert.NotEmpty(t, out+errOut, args)
	}
	code, _, errOut := run(t, nil, "score", "-at", at, "testdata/does-not-exist.jsonl")
	assert.Equal(t, cohort.ExitError, code)
	assert.Contains(t, errOut, "does-not-exist")
}

func TestEmitRoundTrip(t *testing.T) {
	code, plans, errOut := run(t, nil, "score", "-synthetic", "12", "-seed", "3", "-emit")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, 12, strings.Count(plans, "\n"))
	dir := t.TempDir()
	for _, cmd := range []string{"score", "goals", "readiness"} {
		synthSummary, fileSummary := filepath.Join(dir, "synth.json"), filepath.Join(dir, "file.json")
		code, fromSynth, _ := run(t, nil, cmd, "-synthetic", "12", "-seed", "3", "-summary", synthSummary)
		require.Equal(t, 0, code)
		code, fromFile, _ := run(t, strings.NewReader(plans), cmd, "-at", recoverytest.DefaultAt.Format(time.RFC3339), "-summary", fileSummary)
		require.Equal(t, 0, code)
		assert.Equal(t, fromSynth, fromFile, cmd)
		s := readSummary(t, synthSummary)
		require.NotNil(t, s.Seed)
		assert.Equal(t, uint64(3), *s.Seed)
		assert.Equal(t, readSummary(t, fileSummary).Variables, s.Variables)
	}
}

// TestOutputFiles: -o chooses the format by extension and compresses .gz.
func TestOutputFiles(t *testing.T) {
	dir := t.TempDir()
	in := fixedCohort(t)
	_, wantCSV, _ := run(t, strings.NewReader(in), "readiness", "-at", at)
	_, wantND, _ := run(t, strings.NewReader(in), "readiness", "-at", at, "-format", "ndjson")
	for name, want := range map[string]string{"r.csv": wantCSV, "r.ndjson": wantND, "r.jsonl.gz": wantND, "r.csv.gz": wantCSV} {
		path := filepath.Join(dir, name)
		code, out, errOut := run(t, strings.NewReader(in), "readiness", "-at", at, "-o", path)
		require.Equal(t, 0, code, errOut)
		assert.Empty(t, out)
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			require.NoError(t, err)
			b, err = io.ReadAll(zr)
			require.NoError(t, err)
		}
		assert.Equal(t, want, string(b), name)
	}
	code, _, errOut := run(t, strings.NewReader(in), "readiness", "-at", at, "-o", filepath.Join(dir, "no", "such", "dir.csv"))
	assert.Equal(t, cohort.ExitError, code)
	assert.NotEmpty(t, errOut)
}

// TestKeepValues: a -keep key's string is written as its text, any other JSON
// value as written, a missing key or null as a missing value; CSV quotes
// what needs quoting.
func TestKeepValues(t *testing.T) {
	p := recoverytest.Plans(6, 1)[0]
	line := planLine(t, p)
	for _, tc := range []struct {
		extra string
		want  string
	}{
		{`"site":"north, east",`, `"north, east"`},
		{`"site":"say ""hi""",`, ``}, // not valid JSON: the line is rejected
		{`"site":7,`, `7`},
		{`"site":true,`, `true`},
		{`"site":null,`, ``},
		{``, ``},
		{`"site":{"a":[1, 2]},`, `"{""a"":[1, 2]}"`},
		{`"site":"línea\n2",`, "\"línea\n2\""},
	} {
		in := "{" + tc.extra + line[1:] + "\n"
		code, out, _ := run(t, strings.NewReader(in), "readiness", "-at", at, "-keep", "site")
		require.Equal(t, 0, code)
		if strings.Contains(tc.extra, `""hi""`) {
			assert.Equal(t, 1, strings.Count(out, "\n"), "only the header")
			continue
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		require.NoError(t, err, tc.extra)
		require.Len(t, recs, 2, tc.extra)
		assert.Equal(t, "site", recs[0][5])
		want := tc.want
		if strings.HasPrefix(want, `"`) {
			r, err := csv.NewReader(strings.NewReader(want)).Read()
			require.NoError(t, err)
			want = r[0]
		}
		assert.Equal(t, want, recs[1][5], tc.extra)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteErrorStops: an output that fails stops the run with exit code 1
// and says why.
func TestWriteErrorStops(t *testing.T) {
	for _, cmd := range []string{"score", "report"} {
		var errOut bytes.Buffer
		code := cohort.Main("recoverykit", []string{cmd, "-synthetic", "3000"}, nil, failWriter{}, &errOut)
		assert.Equal(t, cohort.ExitError, code, cmd)
		assert.Contains(t, errOut.String(), "recoverykit "+cmd+": disk full")
	}
}
