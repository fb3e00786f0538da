package cohort

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// summary is the -summary file: what was read, what was rejected and why, and
// the distribution of each per-plan value, overall and by group.
type summary struct {
	Command      string         `json:"command"`
	Table        string         `json:"table"`
	runMeta                     // library, rubric, at, seed, synthetic, shard
	QuantileType int            `json:"quantileType"`
	Keep         []string       `json:"keep"`
	Counts       counts         `json:"counts"`
	Variables    []stats        `json:"variables"`
	Groups       []groupSummary `json:"groups,omitempty"`
	rules        map[string]int // rejects by rule
	vars         []variable     // the table's variables
	groups       map[string]*group
	order        []*group
	all          *group
	keepValues   bool // false when no summary is asked for: nothing is kept
}

// libraryInfo names the build of the library that made the output.
type libraryInfo struct {
	Module  string `json:"module"`
	Version string `json:"version"`
}

// counts says what became of the input's lines.
type counts struct {
	// Read is the lines read that were not blank (in the shard: lines that
	// gave no plan are shared out by their place, plans by person).
	Read int `json:"read"`
	// Blank is the blank lines, skipped silently.
	Blank int `json:"blank"`
	// OutOfShard is the plans left to other shards.
	OutOfShard int `json:"outOfShard"`
	// Plans is the plans tabulated: valid and not duplicates.
	Plans int `json:"plans"`
	// Rejected is the lines rejected, for any reason.
	Rejected int `json:"rejected"`
	// ByRule counts the rejects by rule (a line may break several rules).
	ByRule map[string]int `json:"byRule"`
	// Rows is the rows written.
	Rows int `json:"rows"`
}

// group holds the values of one group's variables.
type group struct {
	key    []string
	values [][]float64
}

type groupSummary struct {
	Group     map[string]string `json:"group"`
	Variables []stats           `json:"variables"`
}

// stats describes one variable's values.
type stats struct {
	Name   string   `json:"name"`
	Label  string   `json:"label"`
	N      int      `json:"n"`
	Mean   *float64 `json:"mean"`
	SD     *float64 `json:"sd"`
	Min    *float64 `json:"min"`
	Q1     *float64 `json:"q1"`
	Median *float64 `json:"median"`
	Q3     *float64 `json:"q3"`
	Max    *float64 `json:"max"`
}

func newSummary(vars []variable, keep []string) *summary {
	s := &summary{rules: map[string]int{}, vars: vars, groups: map[string]*group{}, Keep: keep}
	s.all = &group{values: make([][]float64, len(vars))}
	return s
}

func (s *summary) rule(r string) { s.rules[r]++ }

// group returns the group of the -keep values key, nil when there is no
// -keep.
func (s *summary) group(key []string) *group {
	if len(s.Keep) == 0 {
		return nil
	}
	k := strings.Join(key, "\x1f")
	g := s.groups[k]
	if g == nil {
		g = &group{key: slices.Clone(key), values: make([][]float64, len(s.vars))}
		if len(key) == 0 {
			g.key = make([]string, len(s.Keep))
		}
		s.groups[k] = g
		s.order = append(s.order, g)
	}
	return g
}

func (s *summary) add(g *group, v int, x float64) {
	if !s.keepValues {
		return
	}
	s.all.values[v] = append(s.all.values[v], x)
	if g != nil {
		g.values[v] = append(g.values[v], x)
	}
}

// finish computes the statistics with quantile type qt.
func (s *summary) finish(qt int) {
	s.QuantileType = qt
	s.Counts.ByRule = s.rules
	s.Variables = s.all.stats(s.vars, qt)
	sort.SliceStable(s.order, func(i, j int) bool {
		return slices.Compare(s.order[i].key, s.order[j].key) < 0
	})
	for _, g := range s.order {
		m := make(map[string]string, len(s.Keep))
		for i, k := range s.Keep {
			m[k] = g.key[i]
		}
		s.Groups = append(s.Groups, groupSummary{Group: m, Variables: g.stats(s.vars, qt)})
	}
}

func (g *group) stats(vars []variable, qt int) []stats {
	out := make([]stats, len(vars))
	for i, v := range vars {
		out[i] = describe(v, g.values[i], qt)
	}
	return out
}

func ptr(x float64) *float64 { return &x }

// describe computes n, the mean (the sum in input order divided by n), the
// sample standard deviation (n − 1 in the denominator, two passes; missing
// for fewer than 2 values), the extremes and the quartiles of type qt.
func describe(v variable, xs []float64, qt int) stats {
	st := stats{Name: v.Name, Label: v.Label, N: len(xs)}
	if len(xs) == 0 {
		return st
	}
	var sum float64
	for _, x := range xs {
		sum += x
	}
	mean := sum / float64(len(xs))
	st.Mean = ptr(mean)
	if len(xs) > 1 {
		var ss float64
		for _, x := range xs {
			ss += (x - mean) * (x - mean)
		}
		st.SD = ptr(math.Sqrt(ss / float64(len(xs)-1)))
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	st.Min, st.Max = ptr(sorted[0]), ptr(sorted[len(sorted)-1])
	st.Q1 = ptr(quantile(sorted, 0.25, qt))
	st.Median = ptr(quantile(sorted, 0.5, qt))
	st.Q3 = ptr(quantile(sorted, 0.75, qt))
	return st
}

// quantile returns the p-quantile of the sorted values x by Hyndman and
// Fan's definition qt (1 to 9; Hyndman RJ, Fan Y. Sample quantiles in
// statistical packages. Am Stat 1996;50:361-5), computed as R's quantile
// computes it, so the figures agree with R's quantile(x, p, type = qt) and,
// for type 7, with pandas' default (linear). x must not be empty.
func quantile(x []float64, p float64, qt int) float64 {
	n := len(x)
	at := func(j int) float64 { // 1-based, clamped to the ends
		return x[min(max(j, 1), n)-1]
	}
	const fuzz = 4 * 2.220446049250313e-16
	if qt == 7 {
		index := 1 + float64(n-1)*p
		lo := int(math.Floor(index))
		hi := int(math.Ceil(index))
		q := at(lo)
		h := index - float64(lo)
		if index > float64(lo) && at(hi) != q {
			q = (1-h)*q + h*at(hi)
		}
		return q
	}
	var nppm float64
	switch qt {
	case 1, 2:
		nppm = float64(n) * p
	case 3:
		nppm = float64(n)*p - 0.5
	default:
		var a, b float64
		switch qt {
		case 4:
			a, b = 0, 1
		case 5:
			a, b = 0.5, 0.5
		case 6:
			a, b = 0, 0
		case 8:
			a, b = 1.0/3, 1.0/3
		case 9:
			a, b = 3.0/8, 3.0/8
		}
		nppm = a + p*(float64(n)+1-a-b)
	}
	j := int(math.Floor(nppm + fuzz))
	var h float64
	switch qt {
	case 1:
		if nppm > float64(j) {
			h = 1
		}
	case 2:
		h = 0.5
		if nppm > float64(j) {
			h = 1
		}
	case 3:
		if nppm != float64(j) || j%2 != 0 {
			h = 1
		}
	default:
		h = nppm - float64(j)
		if math.Abs(h) < fuzz {
			h = 0
		}
	}
	lo, hi := at(j), at(j+1)
	switch {
	case h == 0:
		return lo
	case h == 1, lo == hi:
		return hi
	}
	return (1-h)*lo + h*hi
}
