package fhir_test

import (
	"encoding/json"
	"testing"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
)

// The typical plan is the seed scenario: 5 goals (one GAS-scaled), 3 steps,
// 3 strengths, 2 statements, 3 supporters, without an audit trail: 23
// resources.

func BenchmarkExport(b *testing.B) {
	p := scenarioPlan()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fhir.Export(p, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExportJSON(b *testing.B) {
	p := scenarioPlan()
	b.ReportAllocs()
	for b.Loop() {
		bundle, err := fhir.Export(p, nil)
		if err != nil {
			b.Fatal(err)
		}
		out, err := json.Marshal(bundle)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(out)))
	}
}

func BenchmarkImport(b *testing.B) {
	bundle, err := fhir.Export(scenarioPlan(), nil)
	if err != nil {
		b.Fatal(err)
	}
	raw, err := json.Marshal(bundle)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := fhir.Import(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlanJSON is the baseline: the plan encoded and decoded as plain
// JSON, without FHIR.
func BenchmarkPlanJSON(b *testing.B) {
	p := scenarioPlan()
	b.ReportAllocs()
	for b.Loop() {
		raw, err := json.Marshal(p)
		if err != nil {
			b.Fatal(err)
		}
		var q recovery.Plan
		if err := json.Unmarshal(raw, &q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBundleBytes measures, in one run, a plan decode (the baseline:
// json.Unmarshal of the plan's own JSON) and the ways to get a bundle's
// bytes: Export then Bundle.MarshalJSON (the fastest correct way, since
// MarshalJSON writes each resource once and its output is already compact,
// valid JSON), and Export then json.Marshal, which scans and compacts
// MarshalJSON's output a second time. Each sub-benchmark reports its time
// as a ratio to the baseline ("x-decode"); the target is at most 3 for
// Export plus MarshalJSON.
func BenchmarkBundleBytes(b *testing.B) {
	for _, plan := range []struct {
		name string
		p    recovery.Plan
	}{{"scenario", scenarioPlan()}, {"seed-whole", filledPlan()}} {
		raw, err := json.Marshal(plan.p)
		if err != nil {
			b.Fatal(err)
		}
		decode := func() {
			var q recovery.Plan
			if err := json.Unmarshal(raw, &q); err != nil {
				b.Fatal(err)
			}
		}
		ways := []struct {
			name string
			f    func()
		}{
			{"decode", decode},
			{"export+MarshalJSON", func() {
				bundle, err := fhir.Export(plan.p, nil)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := bundle.MarshalJSON(); err != nil {
					b.Fatal(err)
				}
			}},
			{"export+json.Marshal", func() {
				bundle, err := fhir.Export(plan.p, nil)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := json.Marshal(bundle); err != nil {
					b.Fatal(err)
				}
			}},
		}
		var base float64 // ns per decode, measured by the first sub-benchmark
		for _, w := range ways {
			b.Run(plan.name+"/"+w.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					w.f()
				}
				ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				if base == 0 {
					base = ns
				}
				b.ReportMetric(ns/base, "x-decode")
			})
		}
	}
}
