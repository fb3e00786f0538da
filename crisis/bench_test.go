package crisis_test

import (
	"testing"

	"github.com/recoverykit/recovery/crisis"
)

var (
	sinkReadiness crisis.Readiness
	sinkCard      string
)

func BenchmarkOverdosePlanReadiness(b *testing.B) {
	p := examplePlan()
	p.RisksReviewed = p.RisksReviewed[:2]
	b.ReportAllocs()
	for b.Loop() {
		sinkReadiness = p.Readiness(at, nil)
	}
}

func BenchmarkSafetyPlanReadiness(b *testing.B) {
	p := exampleSafetyPlan()
	b.ReportAllocs()
	for b.Loop() {
		sinkReadiness = p.Readiness(at, nil)
	}
}

func BenchmarkPocketCard(b *testing.B) {
	for _, tt := range cardCases[:3] {
		b.Run(tt.name, func(b *testing.B) {
			p := tt.plan()
			b.ReportAllocs()
			for b.Loop() {
				sinkCard = p.PocketCard(tt.opts)
			}
			b.SetBytes(int64(len(sinkCard)))
		})
	}
}
