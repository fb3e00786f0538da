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
