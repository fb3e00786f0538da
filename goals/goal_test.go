package goals_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
)

var goalAt = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

func goalID(n int) uuid.UUID {
	return uuid.MustParse("10000000-0000-4000-8000-" + pad12(n))
}

func goalStepID(n int) uuid.UUID {
	return uuid.MustParse("11000000-0000-4000-8000-" + pad12(n))
}

func pad12(n int) string { return fmt.Sprintf("%012d", n) }

func goalPtr[T any](v T) *T { return &v }

// goalValid returns a goal that passes Validate, with two steps and GAS.
func goalValid() goals.SMARTGoal {
	return goals.SMARTGoal{
		ID:         goalID(4),
		Statement:  "I want to find a place to live",
		Area:       life.AreaHousing,
		Term:       goals.TermShort,
		Status:     goals.StatusActive,
		Importance: 2,
		Order:      1,
		Measure:    "calls made",
		Why:        "a home of my own",
		Confidence: goalPtr(7),
		Start:      goalAt,
		Due:        goalAt.AddDate(0, 1, 0),
		BuildsOn:   []uuid.UUID{uuid.MustParse("20000000-0000-4000-8000-000000000003")},
		Steps: []goals.Step{
			{ID: goalStepID(1), Action: "I will look on Craigslist", Due: goalAt.AddDate(0, 0, 7)},
			{ID: goalStepID(2), Action: "I will call at least 3", Due: goalAt.AddDate(0, 0, 7), Done: goalAt.AddDate(0, 0, 3)},
		},
		Attainment: &goals.GAS{Baseline: goalPtr(goals.LevelLess), FollowUp: goalPtr(goals.LevelExpected),
			ImportanceRating: 3, DifficultyRating: 2},
	}
}

func TestSMARTGoalValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(g *goals.SMARTGoal)
		want   [][2]string // path, rule
		wantOK bool
	}{
		{name: "valid", edit: func(*goals.SMARTGoal) {}, wantOK: true},
		{name: "minimal", wantOK: true, edit: func(g *goals.SMARTGoal) {
			*g = goals.SMARTGoal{ID: goalID(1), Statement: "x", Area: life.AreaSocial, Term: goals.TermLong, Status: goals.StatusProposed}
		}},
		{name: "zero value", edit: func(g *goals.SMARTGoal) { *g = goals.SMARTGoal{} },
			want: [][2]string{{"id", "required"}, {"statement", "required"}, {"area", "valid"}, {"term", "valid"}, {"status", "valid"}}},
		{name: "bad enums", edit: func(g *goals.SMARTGoal) {
			g.Area, g.Term, g.Status = "moon", "medium-term", "done"
		}, want: [][2]string{{"area", "valid"}, {"term", "valid"}, {"status", "valid"}}},
		{name: "negative ranks", edit: func(g *goals.SMARTGoal) { g.Importance, g.Order = -1, -2 },
			want: [][2]string{{"importance", "min"}, {"order", "min"}}},
		{name: "confidence out of range", edit: func(g *goals.SMARTGoal) { g.Confidence = goalPtr(11) },
			want: [][2]string{{"confidence", "max"}}},
		{name: "confidence zero is a rating", edit: func(g *goals.SMARTGoal) { g.Confidence = goalPtr(0) }, wantOK: true},
		{name: "due before start", edit: func(g *goals.SMARTGoal) { g.Due = g.Start.Add(-time.Hour) },
			want: [][2]string{{"due", "after-start"}}},
		{name: "due equal to start", edit: func(g *goals.SMARTGoal) { g.Due = g.Start }, wantOK: true},
		{name: "due without start", edit: func(g *goals.SMARTGoal) { g.Start = time.Time{}; g.Due = goalAt.AddDate(-1, 0, 0) }, wantOK: true},
		{name: "step due before goal start", edit: func(g *goals.SMARTGoal) { g.Steps[1].Due = g.Start.AddDate(0, 0, -1) },
			want: [][2]string{{"steps[1].due", "after-start"}}},
		{name: "duplicate step IDs", edit: func(g *goals.SMARTGoal) {
			g.Steps = append(g.Steps, goals.Step{ID: g.Steps[0].ID, Action: "again"})
		}, want: [][2]string{{"steps[2].id", "unique"}}},
		{name: "empty step", edit: func(g *goals.SMARTGoal) { g.Steps[0] = goals.Step{} },
			want: [][2]string{{"steps[0].id", "required"}, {"steps[0].action", "required"}}},
		{name: "strength listed twice and nil", edit: func(g *goals.SMARTGoal) {
			g.BuildsOn = append(g.BuildsOn, uuid.Nil, g.BuildsOn[0])
		}, want: [][2]string{{"buildsOn[1]", "required"}, {"buildsOn[2]", "unique"}}},
		{name: "levels out of range", edit: func(g *goals.SMARTGoal) {
			g.Attainment.Baseline = goalPtr(goals.Level(-3))
			g.Attainment.FollowUp = goalPtr(goals.Level(3))
		}, want: [][2]string{{"attainment.baseline", "valid"}, {"attainment.followUp", "valid"}}},
		{name: "ratings out of range", edit: func(g *goals.SMARTGoal) {
			g.Attainment.ImportanceRating, g.Attainment.DifficultyRating = 4, -1
		}, want: [][2]string{{"attainment.importanceRating", "max"}, {"attainment.difficultyRating", "min"}}},
		{name: "not followed up yet", edit: func(g *goals.SMARTGoal) { g.Attainment.FollowUp = nil }, wantOK: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := goalValid().Clone()
			tt.edit(&g)
			err := g.Validate()
			if tt.wantOK {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, validate.ErrInvalid)
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			for _, w := range tt.want {
				assert.True(t, ve.Has(w[0], w[1]), "want %s %s in %v", w[0], w[1], ve)
			}
			assert.Len(t, ve.Problems, len(tt.want), "problems: %v", ve)
		})
	}
}

func TestSMARTGoalValidateNeverEchoesText(t *testing.T) {
	g := goalValid()
	g.Status = "my secret words"
	g.Steps[0].ID = uuid.Nil
	g.Steps[0].Action = ""
	g.Statement = ""
	g.Why = "my private reason"
	err := g.Validate()
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "secret")
	assert.NotContains(t, err.Error(), "private")
}

func TestStepValidate(t *testing.T) {
	require.NoError(t, goals.Step{ID: goalStepID(1), Action: "I will call"}.Validate())
	err := goals.Step{}.Validate()
	var ve *validate.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("id", "required"))
	assert.True(t, ve.Has("action", "required"))
}

func TestEnums(t *testing.T) {
	for _, s := range goals.Statuses() {
		assert.True(t, s.IsValid(), s)
	}
	assert.Equal(t, []goals.Status{"proposed", "planned", "accepted", "active", "on-hold",
		"completed", "cancelled", "entered-in-error", "rejected"}, goals.Statuses())
	assert.False(t, goals.Status("").IsValid())
	assert.False(t, goals.Status("Active").IsValid())
	assert.True(t, goals.TermShort.IsValid())
	assert.True(t, goals.TermLong.IsValid())
	assert.False(t, goals.Term("").IsValid())
	ended := map[goals.Status]bool{goals.StatusCompleted: true, goals.StatusCancelled: true,
		goals.StatusRejected: true, goals.StatusEnteredInError: true}
	for _, s := range goals.Statuses() {
		assert.Equal(t, ended[s], s.Ended(), s)
	}
}

func TestCloneIsDeep(t *testing.T) {
	g := goalValid()
	c := g.Clone()
	c.Steps[0].Action = "changed"
	c.BuildsOn[0] = uuid.Nil
	*c.Confidence = 1
	*c.Attainment.Baseline = goals.LevelMuchMore
	*c.Attainment.FollowUp = goals.LevelMuchLess
	assert.Equal(t, goalValid(), g)
}

func TestGoalStringAndLogRedact(t *testing.T) {
	g := goalValid()
	assert.Equal(t, "goal 10000000-0000-4000-8000-000000000004 housing short-term active importance=2 order=1", g.String())
	assert.Equal(t, "step 11000000-0000-4000-8000-000000000002 done", g.Steps[1].String())
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("goal", "goal", g, "step", g.Steps[0])
	out := buf.String()
	for _, secret := range []string{"place to live", "calls made", "home of my own", "Craigslist"} {
		assert.NotContains(t, out, secret)
	}
	assert.Contains(t, out, "[redacted]")
	assert.Contains(t, out, g.ID.String())
	assert.Contains(t, out, `"stepsDone":1`)
}

// TestRankedLogRedacts checks that a ranked goal, which carries the person's
// words, logs its place but not those words.
func TestRankedLogRedacts(t *testing.T) {
	r := goals.Rank([]goals.SMARTGoal{goalValid()})[0]
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("ranked", "ranked", r)
	out := buf.String()
	for _, secret := range []string{"place to live", "calls made", "home of my own", "Craigslist"} {
		assert.NotContains(t, out, secret)
	}
	assert.Contains(t, out, `"place":1`)
	assert.Contains(t, out, r.Goal.ID.String())
}

func TestGoalJSONNames(t *testing.T) {
	b, err := json.Marshal(goalValid())
	require.NoError(t, err)
	for _, k := range []string{`"id"`, `"statement"`, `"area":"housing"`, `"term":"short-term"`, `"status":"active"`,
		`"importance":2`, `"order":1`, `"confidence":7`, `"buildsOn"`, `"steps"`, `"attainment"`,
		`"followUp":0`, `"importanceRating":3`, `"difficultyRating":2`, `"baseline":-1`} {
		assert.Contains(t, string(b), k)
	}
	b, err = json.Marshal(goals.SMARTGoal{})
	require.NoError(t, err)
	assert.NotContains(t, string(b), "start")
	assert.NotContains(t, string(b), "due")
	assert.NotContains(t, string(b), "steps")
}
