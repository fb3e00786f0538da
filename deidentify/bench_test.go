package deidentify_test

import (
	"testing"

	"github.com/recoverykit/recovery/deidentify"
	"github.com/recoverykit/recovery/recoverytest"
)

func BenchmarkPlan(b *testing.B) {
	p := recoverytest.Scenario()
	key := []byte("0123456789abcdef0123456789abcdef")
	b.ReportAllocs()
	for b.Loop() {
		deidentify.Plan(p, key, nil)
	}
}

func BenchmarkPlanKeepText(b *testing.B) {
	p := recoverytest.IdentifyingScenario()
	key := []byte("0123456789abcdef0123456789abcdef")
	opts := &deidentify.Options{KeepText: true}
	b.ReportAllocs()
	for b.Loop() {
		deidentify.Plan(p, key, opts)
	}
}
