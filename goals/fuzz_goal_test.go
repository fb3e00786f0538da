package goals_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/validate"
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

// FuzzTScore feeds arbitrary levels, weights (scaled by 2^exp, so from tiny
// to huge) and rho to TScore: it must never panic, must return an error for
// bad input, and otherwise a finite score that is 50 when every level is the
// expected one.
func FuzzTScore(f *testing.F) {
	for _, v := range gasVectors {
		lv := make([]byte, len(v.levels))
		for i, l := range v.levels {
			lv[i] = byte(int8(l))
		}
		var ws []byte
		for _, w := range v.weights {
			ws = append(ws, byte(w))
		}
		f.Add(lv, ws, int16(0), v.rho)
	}
	f.Add([]byte{}, []byte{}, int16(0), 1.0)
	f.Add([]byte{5, 0xff}, []byte{0, 0}, int16(0), -0.5)
	f.Add([]byte{2, 1, 0xff}, []byte{4, 4, 4}, int16(1020), 0.3)
	f.Add([]byte{2, 1, 0xff}, []byte{4, 8, 4}, int16(-1070), 0.3)
	f.Fuzz(func(t *testing.T, lv, ws []byte, exp int16, rho float64) {
		levels := make([]goals.Level, len(lv))
		allExpected := true
		for i, b := range lv {
			levels[i] = goals.Level(int8(b))
			allExpected = allExpected && levels[i] == 0
		}
		var weights []float64
		if len(ws) > 0 {
			weights = make([]float64, len(ws))
			for i, b := range ws {
				weights[i] = math.Ldexp(float64(int8(b)), int(exp)%1100)
			}
		}
		got, err := goals.TScore(levels, weights, rho)
		if err != nil {
			if !errors.Is(err, validate.ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			return
		}
		if math.IsNaN(got) || math.IsInf(got, 0) {
			t.Fatalf("T = %v for valid input", got)
		}
		if allExpected && math.Abs(got-50) > 1e-9 {
			t.Fatalf("T = %v with every goal at the expected level", got)
		}
	})
}
