package recovery_test

import (
	"encoding/json"
	"testing"

	"github.com/recoverykit/recovery"
)

// The typical plan is the peer-support scenario as a whole plan (richPlan): six goals
// with steps, three strengths, an overdose plan, a shared decision and three
// supporters, about 6 KB of JSON. Decoding it with encoding/json is the
// baseline the other figures are compared with.

func typicalPlanJSON(b *testing.B) []byte {
	data, err := json.Marshal(richPlan())
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkPlanDecode(b *testing.B) {
	data := typicalPlanJSON(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var p recovery.Plan
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanValidate(b *testing.B) {
	p := richPlan()
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
