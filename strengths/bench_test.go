package strengths_test

import (
	"fmt"
	"testing"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/strengths"
)

// large returns a valid assessment of n strengths spread over every area and
// column, with p priorities taken from the end.
func large(n, p int) strengths.Assessment {
	areas, tfs, kinds := life.Areas(), strengths.Timeframes(), strengths.Kinds()
	a := strengths.Assessment{ID: uuid.MustParse("22000000-0000-4000-8000-000000000001"), AssessedAt: at}
	for i := range n {
		id := uuid.MustParse(fmt.Sprintf("20000000-0000-4000-8000-%012d", i+1))
		a.Strengths = append(a.Strengths, strengths.Strength{ID: id, Area: areas[i%len(areas)],
			Kind: kinds[i%len(kinds)], Timeframe: tfs[i%len(tfs)], Source: strengths.SourceSelf,
			Statement: "I keep going"})
	}
	for i := range p {
		a.Priorities = append(a.Priorities, a.Strengths[n-1-i*7].ID)
	}
	return a
}

func BenchmarkCoverage(b *testing.B) {
	a := large(1000, 4)
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Coverage()
	}
}

func BenchmarkGaps(b *testing.B) {
	a := large(1000, 4)
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Gaps()
	}
}

func BenchmarkRanked(b *testing.B) {
	for _, p := range []int{4, 100} {
		a := large(1000, p)
		b.Run(fmt.Sprintf("priorities=%d", p), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = a.Ranked()
			}
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	a := large(1000, 4)
	if err := a.Validate(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Validate()
	}
}
