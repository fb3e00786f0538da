package goals_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/recoverykit/recovery/goals"
)

// FuzzGoalJSON decodes arbitrary JSON into a SMARTGoal and validates it. It
// must never panic, and a goal that passes Validate must survive an
// encode/decode round trip unchanged and still be valid.
func FuzzGoalJSON(f *testing.F) {
	seeds := []goals.SMARTGoal{goalValid()}
	seeds = append(seeds, rankSeed()...)
	seeds = append(seeds, timelineFixture()...)
	for _, g := range seeds {
		b, err := json.Marshal(g)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		``, `null`, `{}`, `[]`, `{"id":"not-a-uuid"}`,
		`{"id":"10000000-0000-4000-8000-000000000001","statement":"x","area":"social","term":"short-term","status":"active","confidence":-1}`,
		`{"id":"10000000-0000-4000-8000-000000000001","statement":"x","area":"social","term":"short-term","status":"active","start":"2026-03-02T10:00:00+01:00","due":"2026-03-02T10:00:00Z"}`,
		`{"attainment":{"baseline":9,"followUp":-9,"importanceRating":7}}`,
		`{"steps":[{"id":"11000000-0000-4000-8000-000000000001","action":"a"},{"id":"11000000-0000-4000-8000-000000000001","action":"b"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var g goals.SMARTGoal
		if err := json.Unmarshal(data, &g); err != nil {
			return
		}
		if g.Validate() != nil {
			return
		}
		b1, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("marshal a valid goal: %v", err)
		}
		var g2 goals.SMARTGoal
		if err := json.Unmarshal(b1, &g2); err != nil {
			t.Fatalf("decode an encoded goal: %v", err)
		}
		if err := g2.Validate(); err != nil {
			t.Fatalf("valid goal invalid after round trip: %v", err)
		}
		b2, err := json.Marshal(g2)
		if err != nil {
			t.Fatalf("marshal again: %v", err)
		}
		if !bytes.Equal(b1, b2) {
			t.Fatalf("round trip changed the goal:\n%s\n%s", b1, b2)
		}
		if !g.Start.Equal(g2.Start) || !g.Due.Equal(g2.Due) || g.ID != g2.ID ||
			g.Importance != g2.Importance || g.Order != g2.Order || len(g.Steps) != len(g2.Steps) {
			t.Fatalf("round trip changed a field")
		}
	})
}
