package goals_test

import (
	"testing"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
)

// rankSeed returns the scenario's five short-term goals, in the order the
// person wrote them down, with the importance and timeline positions the
// person gave them.
func rankSeed() []goals.SMARTGoal {
	rows := []struct {
		statement  string
		importance int
		order      int
		area       life.Area
	}{
		{"I want to get back in touch with my brother", 1, 3, life.AreaSocial},
		{"I want to quit smoking", 4, 5, life.AreaHealth},
		{"I want to go to a naloxone training", 3, 2, life.AreaHealth},
		{"I want to find a place to live", 2, 1, life.AreaHousing},
		{"I want to get a better job", 4, 4, life.AreaEmployment},
	}
	gs := make([]goals.SMARTGoal, len(rows))
	for i, r := range rows {
		gs[i] = goals.SMARTGoal{ID: goalID(i + 1), Statement: phi.Words(r.statement), Area: r.area,
			Term: goals.TermShort, Status: goals.StatusActive, Importance: r.importance, Order: r.order}
	}
	return gs
}

func rankIDs(rs []goals.Ranked) []uuid.UUID {
	out := make([]uuid.UUID, len(rs))
	for i, r := range rs {
		out[i] = r.Goal.ID
	}
	return out
}

func TestRankSeedTable(t *testing.T) {
	gs := rankSeed()
	got := goals.Rank(gs)
	require.Len(t, got, 5)
	// 1 brother, 4 housing, 3 naloxone, then 2 smoking and 5 job tied at 4,
	// in the order they were given.
	assert.Equal(t, []uuid.UUID{goalID(1), goalID(4), goalID(3), goalID(2), goalID(5)}, rankIDs(got))
	places := []int{}
	tied := []bool{}
	for _, r := range got {
		places = append(places, r.Place)
		tied = append(tied, r.Tied)
	}
	assert.Equal(t, []int{1, 2, 3, 4, 4}, places)
	assert.Equal(t, []bool{false, false, false, true, true}, tied)
	assert.Equal(t, rankSeed(), gs, "input unchanged")
}

func TestRank(t *testing.T) {
	tests := []struct {
		name       string
		importance []int // goal i+1 gets importance[i]
		wantIDs    []int
		wantPlace  []int
		wantTied   []bool
	}{
		{"empty", nil, []int{}, []int{}, []bool{}},
		{"one", []int{1}, []int{1}, []int{1}, []bool{false}},
		{"competition ranking 1 2 2 4", []int{2, 1, 4, 2}, []int{2, 1, 4, 3}, []int{1, 2, 2, 4}, []bool{false, true, true, false}},
		{"all tied keep input order", []int{3, 3, 3}, []int{1, 2, 3}, []int{1, 1, 1}, []bool{true, true, true}},
		{"unranked last in input order", []int{0, 2, 0, 1}, []int{4, 2, 1, 3}, []int{1, 2, 0, 0}, []bool{false, false, false, false}},
		{"negative ranks as unranked", []int{-1, 5}, []int{2, 1}, []int{1, 0}, []bool{false, false}},
		{"gaps in importance", []int{10, 3}, []int{2, 1}, []int{1, 2}, []bool{false, false}},
		{"reverse", []int{3, 2, 1}, []int{3, 2, 1}, []int{1, 2, 3}, []bool{false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs := make([]goals.SMARTGoal, len(tt.importance))
			for i, imp := range tt.importance {
				gs[i] = goals.SMARTGoal{ID: goalID(i + 1), Importance: imp}
			}
			got := goals.Rank(gs)
			ids := make([]uuid.UUID, len(tt.wantIDs))
			for i, n := range tt.wantIDs {
				ids[i] = goalID(n)
			}
			assert.Equal(t, ids, rankIDs(got))
			places, tied := []int{}, []bool{}
			for _, r := range got {
				places = append(places, r.Place)
				tied = append(tied, r.Tied)
			}
			assert.Equal(t, tt.wantPlace, places)
			assert.Equal(t, tt.wantTied, tied)
		})
	}
}

func TestRankDoesNotAlias(t *testing.T) {
	gs := []goals.SMARTGoal{goalValid()}
	got := goals.Rank(gs)
	got[0].Goal.Steps[0].Action = "changed"
	got[0].Goal.BuildsOn[0] = uuid.Nil
	*got[0].Goal.Attainment.FollowUp = goals.LevelMuchMore
	assert.Equal(t, goalValid(), gs[0])
}

func TestRankCopiesDoNotShareBackingStores(t *testing.T) {
	a, b := goalValid(), goalValid()
	b.ID = goalID(9)
	got := goals.Rank([]goals.SMARTGoal{a, b})
	require.Len(t, got, 2)
	// Appending to one copy's slices must not write into the other's.
	got[0].Goal.Steps = append(got[0].Goal.Steps, goals.Step{ID: goalStepID(9), Action: "extra"})
	got[0].Goal.BuildsOn = append(got[0].Goal.BuildsOn, uuid.Nil)
	*got[0].Goal.Confidence = 0
	*got[0].Goal.Attainment.FollowUp = goals.LevelMuchLess
	assert.Equal(t, b, got[1].Goal)
	assert.Equal(t, goalValid(), a)
}
