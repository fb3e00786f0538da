package recovery_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/recoverykit/recovery"
)

// BenchmarkDecodePlan reads the typical plan with DecodePlan (the check of
// the JSON against the plan's types, json.Unmarshal and Validate) and, in
// the same loop, with what it replaces (json.Unmarshal then Validate). It
// reports the time of DecodePlan as a multiple of that baseline
// (x-baseline), measured side by side so that a busy machine slows both.
func BenchmarkDecodePlan(b *testing.B) {
	data := typicalPlanJSON(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var base, dec time.Duration
	for b.Loop() {
		t0 := time.Now()
		var p recovery.Plan
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
		if err := p.Validate(); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := recovery.DecodePlan(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		base, dec = base+t1.Sub(t0), dec+time.Since(t1)
	}
	b.ReportMetric(float64(dec)/float64(base), "x-baseline")
}
