package goals_test

import (
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
)

func timelineIDs(gs []goals.SMARTGoal) []uuid.UUID {
	out := make([]uuid.UUID, len(gs))
	for i, g := range gs {
		out[i] = g.ID
	}
	return out
}

func TestTimelineSeedOrder(t *testing.T) {
	gs := rankSeed()
	tl := goals.NewTimeline(gs)
	// Timeline column: housing 1, naloxone 2, brother 3, job 4, smoking 5.
	assert.Equal(t, []uuid.UUID{goalID(4), goalID(3), goalID(1), goalID(5), goalID(2)}, timelineIDs(tl.Goals()))
	assert.Nil(t, tl.Clashes())
	assert.Empty(t, tl.Items())
	assert.Equal(t, rankSeed(), gs)
}

func TestTimelineOrder(t *testing.T) {
	tests := []struct {
		name        string
		orders      []int
		wantIDs     []int
		wantClashes []goals.Clash
	}{
		{"empty", nil, []int{}, nil},
		{"unplaced last in input order", []int{0, 2, 0, 1}, []int{4, 2, 1, 3}, nil},
		{"negative as unplaced", []int{-3, 1}, []int{2, 1}, nil},
		{"clash kept in input order and reported", []int{2, 1, 2, 3, 2}, []int{2, 1, 3, 5, 4},
			[]goals.Clash{{Order: 2, Goals: []uuid.UUID{goalID(1), goalID(3), goalID(5)}}}},
		{"two clashes", []int{1, 1, 0, 4, 4, 0}, []int{1, 2, 4, 5, 3, 6},
			[]goals.Clash{{Order: 1, Goals: []uuid.UUID{goalID(1), goalID(2)}}, {Order: 4, Goals: []uuid.UUID{goalID(4), goalID(5)}}}},
		{"unplaced goals never clash", []int{0, 0}, []int{1, 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs := make([]goals.SMARTGoal, len(tt.orders))
			for i, o := range tt.orders {
				gs[i] = goals.SMARTGoal{ID: goalID(i + 1), Order: o}
			}
			tl := goals.NewTimeline(gs)
			want := make([]uuid.UUID, len(tt.wantIDs))
			for i, n := range tt.wantIDs {
				want[i] = goalID(n)
			}
			assert.Equal(t, want, timelineIDs(tl.Goals()))
			assert.Equal(t, tt.wantClashes, tl.Clashes())
		})
	}
}

// timelineFixture: goal 1 (order 2) with steps due day 7 (done day 5) and
// day 3, due day 30; goal 2 (order 1) with steps due day 7 and undated,
// due day 7; goal 3 (completed) with an open step due day 1.
func timelineFixture() []goals.SMARTGoal {
	d := func(days int) time.Time { return goalAt.AddDate(0, 0, days) }
	return []goals.SMARTGoal{
		{ID: goalID(1), Order: 2, Status: goals.StatusActive, Due: d(30), Steps: []goals.Step{
			{ID: goalStepID(1), Due: d(7), Done: d(5)},
			{ID: goalStepID(2), Due: d(3)},
		}},
		{ID: goalID(2), Order: 1, Status: goals.StatusActive, Due: d(7), Steps: []goals.Step{
			{ID: goalStepID(3), Due: d(7)},
			{ID: goalStepID(4)},
		}},
		{ID: goalID(3), Order: 3, Status: goals.StatusCompleted, Steps: []goals.Step{
			{ID: goalStepID(5), Due: d(1)},
		}},
	}
}

func TestTimelineItems(t *testing.T) {
	d := func(days int) time.Time { return goalAt.AddDate(0, 0, days) }
	tl := goals.NewTimeline(timelineFixture())
	want := []goals.Item{
		{Goal: goalID(3), Step: goalStepID(5), Due: d(1), Open: false},
		{Goal: goalID(1), Step: goalStepID(2), Due: d(3), Open: true},
		// Same instant: goal 2 is first on the timeline, its step before its own due date.
		{Goal: goalID(2), Step: goalStepID(3), Due: d(7), Open: true},
		{Goal: goalID(2), Due: d(7), Open: true},
		{Goal: goalID(1), Step: goalStepID(1), Due: d(7), Done: d(5), Open: false},
		{Goal: goalID(1), Due: d(30), Open: true},
	}
	assert.Equal(t, want, tl.Items())
	assert.True(t, want[1].IsStep())
	assert.False(t, want[3].IsStep())

	t.Run("Between is half-open", func(t *testing.T) {
		assert.Equal(t, want[1:5], tl.Between(d(3), d(8)))
		assert.Equal(t, want[1:2], tl.Between(d(3), d(7)))
		assert.Nil(t, tl.Between(d(8), d(8)))
		assert.Nil(t, tl.Between(d(9), d(8)))
		assert.Nil(t, tl.Between(d(31), d(40)))
		assert.Equal(t, want, tl.Between(time.Time{}, d(365)))
	})
	t.Run("Overdue skips done and ended", func(t *testing.T) {
		assert.Nil(t, tl.Overdue(d(0)))
		assert.Nil(t, tl.Overdue(d(3)), "due exactly at is not overdue")
		assert.Equal(t, want[1:2], tl.Overdue(d(4)))
		assert.Equal(t, []goals.Item{want[1], want[2], want[3], want[5]}, tl.Overdue(d(60)))
	})
	t.Run("Next", func(t *testing.T) {
		it, ok := tl.Next(d(0))
		require.True(t, ok)
		assert.Equal(t, want[1], it)
		it, ok = tl.Next(d(3))
		require.True(t, ok)
		assert.Equal(t, want[1], it, "due at at counts as next")
		it, ok = tl.Next(d(3).Add(time.Second))
		require.True(t, ok)
		assert.Equal(t, want[2], it)
		it, ok = tl.Next(d(8))
		require.True(t, ok)
		assert.Equal(t, want[5], it)
		_, ok = tl.Next(d(31))
		assert.False(t, ok)
	})
}

func TestTimelineZeroValue(t *testing.T) {
	var tl goals.Timeline
	assert.Empty(t, tl.Goals())
	assert.Empty(t, tl.Items())
	assert.Nil(t, tl.Clashes())
	assert.Nil(t, tl.Between(goalAt, goalAt.Add(time.Hour)))
	assert.Nil(t, tl.Overdue(goalAt))
	_, ok := tl.Next(goalAt)
	assert.False(t, ok)
}

func TestTimelineDoesNotAlias(t *testing.T) {
	gs := []goals.SMARTGoal{goalValid(), goalValid()}
	gs[1].ID, gs[1].Order = goalID(5), 1
	gs[0].Order = 1
	before := []goals.SMARTGoal{gs[0].Clone(), gs[1].Clone()}
	tl := goals.NewTimeline(gs)
	assert.Equal(t, before, gs, "input unchanged")
	gs[0].Steps[0].Action = "caller changed" // after building
	out := tl.Goals()
	out[0].Steps[0].Action = "changed"
	tl.Items()[0].Goal = uuid.Nil
	tl.Clashes()[0].Goals[0] = uuid.Nil
	assert.Equal(t, before[0], tl.Goals()[0])
	assert.Equal(t, goalID(4), tl.Items()[0].Goal)
	assert.Equal(t, []goals.Clash{{Order: 1, Goals: []uuid.UUID{goalID(4), goalID(5)}}}, tl.Clashes())
}

// TestTimelineItemOrderLarge checks the documented item order on large
// timelines, against a plain stable sort: by
// due instant, then the goal's timeline position, then step order, with a
// goal's own due date after its steps.
func TestTimelineItemOrderLarge(t *testing.T) {
	base := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	est := time.FixedZone("EST", -5*3600)
	tests := []struct {
		name string
		due  func(r *rand.Rand) time.Time
	}{
		{"whole days, many ties", func(r *rand.Rand) time.Time { return base.AddDate(0, 0, r.IntN(5)) }},
		{"nanoseconds and zones", func(r *rand.Rand) time.Time {
			d := base.Add(time.Duration(r.IntN(3)) * time.Nanosecond).Add(time.Duration(r.IntN(3)) * time.Hour)
			if r.IntN(2) == 0 {
				d = d.In(est)
			}
			return d
		}},
		{"before 1970", func(r *rand.Rand) time.Time { return time.Date(1950+r.IntN(40), 1, 1, 0, 0, r.IntN(2), 0, time.UTC) }},
		{"centuries apart", func(r *rand.Rand) time.Time {
			return time.Date(1+r.IntN(9998), time.Month(1+r.IntN(12)), 1, 0, 0, 0, r.IntN(2), time.UTC)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, 2))
			gs := make([]goals.SMARTGoal, 60)
			for i := range gs {
				g := goals.SMARTGoal{ID: uuid.New(), Order: r.IntN(20), Status: goals.StatusActive}
				for j := 0; j < r.IntN(4); j++ {
					s := goals.Step{ID: uuid.New()}
					if r.IntN(4) > 0 {
						s.Due = tt.due(r)
					}
					g.Steps = append(g.Steps, s)
				}
				if r.IntN(2) == 0 {
					g.Due = tt.due(r)
				}
				gs[i] = g
			}
			tl := goals.NewTimeline(gs)
			var want []goals.Item
			for _, g := range tl.Goals() {
				for _, s := range g.Steps {
					if !s.Due.IsZero() {
						want = append(want, goals.Item{Goal: g.ID, Step: s.ID, Due: s.Due, Open: true})
					}
				}
				if !g.Due.IsZero() {
					want = append(want, goals.Item{Goal: g.ID, Due: g.Due, Open: true})
				}
			}
			require.Greater(t, len(want), 64)
			sort.SliceStable(want, func(i, j int) bool { return want[i].Due.Before(want[j].Due) })
			assert.Equal(t, want, tl.Items())
		})
	}
}
