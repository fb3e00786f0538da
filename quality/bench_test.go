package quality_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
)

// benchSets are the plans the benchmarks score: the peer-support scenario as
// a whole plan (richPlan, about 6 KB of JSON), and 64 synthetic plans from
// recoverytest spanning every richness, each with its JSON.
func benchSets(b *testing.B) []struct {
	name  string
	plans []recovery.Plan
	at    time.Time
	data  [][]byte
} {
	sets := []struct {
		name  string
		plans []recovery.Plan
		at    time.Time
		data  [][]byte
	}{
		{name: "seed", plans: []recovery.Plan{richPlan()}, at: at},
		{name: "synthetic", plans: recoverytest.Plans(2026, 64), at: recoverytest.DefaultAt},
	}
	for i := range sets {
		for _, p := range sets[i].plans {
			data, err := json.Marshal(p)
			if err != nil {
				b.Fatal(err)
			}
			sets[i].data = append(sets[i].data, data)
		}
	}
	return sets
}

// BenchmarkScore times Score alone, per plan, with its allocations.
func BenchmarkScore(b *testing.B) {
	for _, set := range benchSets(b) {
		b.Run(set.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range set.plans {
					quality.Score(p, set.at, nil)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(set.plans)), "ns/plan")
		})
	}
}

// BenchmarkDecode is the baseline: encoding/json decoding the same plans.
func BenchmarkDecode(b *testing.B) {
	for _, set := range benchSets(b) {
		b.Run(set.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range set.data {
					var p recovery.Plan
					if err := json.Unmarshal(data, &p); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(set.plans)), "ns/plan")
		})
	}
}

// BenchmarkScoreVsDecode measures Score and the decode of the same plans in
// one run and reports score/decode, the target being at most 0.25. Each
// plan is decoded and scored in turn, and each plan's fastest decode and
// fastest score over the iterations are summed: the fastest time of a plan
// is the one least disturbed by other work on the machine, which holds the
// ratio steady under load.
func BenchmarkScoreVsDecode(b *testing.B) {
	for _, set := range benchSets(b) {
		b.Run(set.name, func(b *testing.B) {
			best := make([][2]time.Duration, len(set.data))
			for i := range best {
				best[i] = [2]time.Duration{1 << 62, 1 << 62}
			}
			for b.Loop() {
				for i, data := range set.data {
					t0 := time.Now()
					var p recovery.Plan
					if err := json.Unmarshal(data, &p); err != nil {
						b.Fatal(err)
					}
					t1 := time.Now()
					quality.Score(set.plans[i], set.at, nil)
					t2 := time.Now()
					best[i][0] = min(best[i][0], t1.Sub(t0))
					best[i][1] = min(best[i][1], t2.Sub(t1))
				}
			}
			var decode, score time.Duration
			for _, d := range best {
				decode += d[0]
				score += d[1]
			}
			b.ReportMetric(score.Seconds()/decode.Seconds(), "score/decode")
		})
	}
}
