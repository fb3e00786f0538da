package goals_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/goals"
)

func TestProgress(t *testing.T) {
	d := func(days int) time.Time { return goalAt.AddDate(0, 0, days) }
	step := func(n int, due, done time.Time) goals.Step {
		return goals.Step{ID: goalStepID(n), Action: "I will", Due: due, Done: done}
	}
	tests := []struct {
		name     string
		steps    []goals.Step
		want     goals.Progress
		fraction float64
	}{
		{"no steps", nil, goals.Progress{}, 0},
		{"all open: next in the person's order, soonest by date", []goals.Step{step(1, d(7), time.Time{}), step(2, d(3), time.Time{}), step(3, d(5), time.Time{})},
			goals.Progress{Total: 3, Next: goalStepID(1), Soonest: goalStepID(2), SoonestDue: d(3)}, 0},
		{"same due date, person's order wins", []goals.Step{step(1, d(7), time.Time{}), step(2, d(7), time.Time{})},
			goals.Progress{Total: 2, Next: goalStepID(1), Soonest: goalStepID(1), SoonestDue: d(7)}, 0},
		{"done steps skipped", []goals.Step{step(1, d(1), d(1)), step(2, d(7), time.Time{})},
			goals.Progress{Done: 1, Total: 2, Next: goalStepID(2), Soonest: goalStepID(2), SoonestDue: d(7)}, 0.5},
		{"an undated step first in the person's order is next", []goals.Step{step(1, time.Time{}, time.Time{}), step(2, d(9), time.Time{})},
			goals.Progress{Total: 2, Next: goalStepID(1), Soonest: goalStepID(2), SoonestDue: d(9)}, 0},
		{"only undated open steps: first in order, none soonest", []goals.Step{step(1, d(1), d(2)), step(2, time.Time{}, time.Time{}), step(3, time.Time{}, time.Time{})},
			goals.Progress{Done: 1, Total: 3, Next: goalStepID(2)}, 1.0 / 3},
		{"a done step's date does not count", []goals.Step{step(1, d(1), d(1)), step(2, time.Time{}, time.Time{}), step(3, d(4), time.Time{})},
			goals.Progress{Done: 1, Total: 3, Next: goalStepID(2), Soonest: goalStepID(3), SoonestDue: d(4)}, 1.0 / 3},
		{"all done", []goals.Step{step(1, d(1), d(1)), step(2, d(2), d(2))},
			goals.Progress{Done: 2, Total: 2, Next: uuid.Nil}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := goals.SMARTGoal{Steps: tt.steps}
			got := g.Progress()
			assert.Equal(t, tt.want, got)
			assert.InDelta(t, tt.fraction, got.Fraction(), 1e-12)
		})
	}
}
