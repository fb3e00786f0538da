package fhir_test

import (
	"encoding/json"
	"testing"
	"time"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/internal/cputime"
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

// BenchmarkBundleBytes measures, interleaved in each iteration so that all
// sides of the ratios see the same machine, a plan decode (the baseline:
// json.Unmarshal of the plan's own JSON) and three ways to get a bundle's
// bytes: Export then Bundle.MarshalJSON (MarshalJSON writes each resource
// once and its output is compact, valid JSON already), Export then
// json.Marshal, which scans and compacts MarshalJSON's output a second
// time, and Export then Bundle.AppendJSON into a buffer reused from one
// export to the next, the fastest correct way. It reports each way's time
// as a ratio to the decode's, in CPU time of the process (garbage collection
// included; stable on a busy machine): "marshaljson-x" (the target is at
// most 3), "jsonmarshal-x" and "appendjson-x", and the same in wall time
// ("-wall").
func BenchmarkBundleBytes(b *testing.B) {
	for _, plan := range []struct {
		name string
		p    recovery.Plan
	}{{"scenario", scenarioPlan()}, {"seed-whole", filledPlan()}} {
		raw, err := json.Marshal(plan.p)
		if err != nil {
			b.Fatal(err)
		}
		ways := []func(buf []byte) []byte{
			func(buf []byte) []byte { // the baseline
				var q recovery.Plan
				if err := json.Unmarshal(raw, &q); err != nil {
					b.Fatal(err)
				}
				return buf
			},
			func(buf []byte) []byte {
				bundle, err := fhir.Export(plan.p, nil)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := bundle.MarshalJSON(); err != nil {
					b.Fatal(err)
				}
				return buf
			},
			func(buf []byte) []byte {
				bundle, err := fhir.Export(plan.p, nil)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := json.Marshal(bundle); err != nil {
					b.Fatal(err)
				}
				return buf
			},
			func(buf []byte) []byte {
				bundle, err := fhir.Export(plan.p, nil)
				if err != nil {
					b.Fatal(err)
				}
				if buf, err = bundle.AppendJSON(buf[:0]); err != nil {
					b.Fatal(err)
				}
				return buf
			},
		}
		names := []string{"", "marshaljson-x", "jsonmarshal-x", "appendjson-x"}
		b.Run(plan.name, func(b *testing.B) {
			cpu := make([]time.Duration, len(ways))
			wall := make([]time.Duration, len(ways))
			var buf []byte
			b.ReportAllocs()
			for b.Loop() {
				for i, f := range ways {
					c0, w0 := cpuTime(), time.Now()
					buf = f(buf)
					cpu[i] += cpuTime() - c0
					wall[i] += time.Since(w0)
				}
			}
			for i := 1; i < len(ways); i++ {
				if cpu[0] > 0 {
					b.ReportMetric(float64(cpu[i])/float64(cpu[0]), names[i])
				}
				b.ReportMetric(float64(wall[i])/float64(wall[0]), names[i]+"-wall")
			}
		})
	}
}

// cpuTime is the process's CPU time so far, 0 where the platform does not
// tell it (the benchmark then reports wall-time figures only).
func cpuTime() time.Duration {
	d, _ := cputime.Used()
	return d
}
