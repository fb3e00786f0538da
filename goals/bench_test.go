package goals_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/cputime"
	"github.com/recoverykit/recovery/life"
)

// benchGoals returns n valid goals with pseudo-random importance (ties
// included), timeline order (clashes included) and three dated steps each.
func benchGoals(n int) []goals.SMARTGoal {
	gs := make([]goals.SMARTGoal, n)
	var x uint32 = 2463534242
	next := func() int { // xorshift: deterministic, no package state
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return int(x % uint32(n+1))
	}
	for i := range gs {
		steps := make([]goals.Step, 3)
		for j := range steps {
			steps[j] = goals.Step{ID: uuid.New(), Action: "I will call at least 3 places",
				Due: goalAt.Add(time.Duration(next()) * time.Hour)}
		}
		gs[i] = goals.SMARTGoal{ID: uuid.New(), Statement: "I want to find a place to live",
			Area: life.AreaHousing, Term: goals.TermShort, Status: goals.StatusActive,
			Importance: next(), Order: next(), Start: goalAt, Due: goalAt.AddDate(0, 0, next()),
			BuildsOn: []uuid.UUID{uuid.New()}, Steps: steps}
	}
	return gs
}

func BenchmarkRank(b *testing.B) {
	for _, n := range []int{10, 10000} {
		gs := benchGoals(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			cpu0, cpuOK := cputime.Used()
			for b.Loop() {
				_ = goals.Rank(gs)
			}
			benchPerGoal(b, n, cpu0, cpuOK)
		})
	}
}

func BenchmarkNewTimeline(b *testing.B) {
	for _, n := range []int{10, 10000} {
		gs := benchGoals(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			cpu0, cpuOK := cputime.Used()
			for b.Loop() {
				_ = goals.NewTimeline(gs)
			}
			benchPerGoal(b, n, cpu0, cpuOK)
		})
	}
}

func BenchmarkTScore(b *testing.B) {
	levels := gasLevels(2, 1, 0, -2, 1)
	weights := []float64{3, 5, 1, 4, 2}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := goals.TScore(levels, weights, goals.DefaultRho); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	g := goalValid()
	b.ReportAllocs()
	for b.Loop() {
		if err := g.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchPerGoal reports wall time per goal and, where the platform tells,
// process CPU time per goal (which also counts the garbage collector's
// work). On a shared machine the CPU figure is the steadier one for
// comparing sizes.
func benchPerGoal(b *testing.B, n int, cpu0 time.Duration, cpuOK bool) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/goal")
	if cpu1, ok := cputime.Used(); ok && cpuOK {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N)/float64(n), "cpu-ns/goal")
	}
}

// BenchmarkValidateManySteps shows that Validate is linear in the number of
// steps and strengths a goal lists: the cost per step of a goal with 32,000
// steps over one with 1,000, in the same run (metric growth, 1.0 for linear,
// about 32 for the quadratic repeat check it replaced).
func BenchmarkValidateManySteps(b *testing.B) {
	goal := func(n int) goals.SMARTGoal {
		g := goalValid()
		g.Steps, g.BuildsOn = make([]goals.Step, n), make([]uuid.UUID, n)
		for i := range n {
			g.Steps[i] = goals.Step{ID: uuid.New(), Action: "call"}
			g.BuildsOn[i] = uuid.New()
		}
		return g
	}
	small, large := goal(1000), goal(32000)
	var ts, tl time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		for range 32 {
			_ = small.Validate()
		}
		mid := time.Now()
		_ = large.Validate()
		ts += mid.Sub(start)
		tl += time.Since(mid)
	}
	b.ReportMetric(float64(tl)/float64(ts), "growth")
}
