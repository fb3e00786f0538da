package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestRunGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf))
	golden := filepath.Join("testdata", "peersupport.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run with -update to create the golden file")
	assert.Equal(t, string(want), buf.String())
}

func TestRunIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, run(&a))
	require.NoError(t, run(&b))
	assert.Equal(t, a.String(), b.String())
}

func TestScenarioGoals(t *testing.T) {
	gs := scenarioGoals(scenarioAt)
	require.Len(t, gs, 5)
	// The person's importance and timeline columns, goal by goal.
	wantImportance := []int{1, 4, 3, 2, 4}
	wantOrder := []int{3, 5, 2, 1, 4}
	for i, g := range gs {
		require.NoError(t, g.Validate(), "goal %d", i+1)
		assert.Equal(t, wantImportance[i], g.Importance, "goal %d importance", i+1)
		assert.Equal(t, wantOrder[i], g.Order, "goal %d order", i+1)
		assert.Equal(t, goals.TermShort, g.Term)
	}
	// Goal 4 is broken into three steps, due by this time next week.
	require.Len(t, gs[3].Steps, 3)
	for _, s := range gs[3].Steps {
		assert.Equal(t, scenarioAt.AddDate(0, 0, 7), s.Due)
	}
	// The tie at importance 4 is reported, never broken.
	ranked := goals.Rank(gs)
	assert.Equal(t, gs[1].ID, ranked[3].Goal.ID)
	assert.Equal(t, gs[4].ID, ranked[4].Goal.ID)
	assert.True(t, ranked[3].Tied)
	assert.True(t, ranked[4].Tied)
	assert.Equal(t, ranked[3].Place, ranked[4].Place)

	assert.Empty(t, goals.Check(gs[3], scenarioAt).Missing(), "goal 4 is SMART")
	missing := goals.Check(gs[4], scenarioAt).Missing()
	assert.Contains(t, missing, goals.CriterionTimeLimited, "goal 5")
	assert.Contains(t, missing, goals.CriterionMeasurable, "goal 5")
}
