package main

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/recoverytest"
)

var update = flag.Bool("update", false, "rewrite testdata/plan.json")

// TestFixtureCurrent keeps testdata/plan.json, the plan the Node.js test
// uses, the scenario plan's JSON.
func TestFixtureCurrent(t *testing.T) {
	b, err := json.MarshalIndent(recoverytest.Scenario(), "", "  ")
	require.NoError(t, err)
	b = append(b, '\n')
	if *update {
		require.NoError(t, os.WriteFile("testdata/plan.json", b, 0o644))
	}
	want, err := os.ReadFile("testdata/plan.json")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(b), "go test ./examples/wasm -update")
}

type reply struct {
	OK       bool            `json:"ok"`
	Error    string          `json:"error"`
	Problems []problem       `json:"problems"`
	Value    json.RawMessage `json:"value"`
}

func parse(t *testing.T, s string) reply {
	t.Helper()
	var r reply
	require.NoError(t, json.Unmarshal([]byte(s), &r), s)
	return r
}

func scenarioJSON(t *testing.T) string {
	b, err := json.Marshal(recoverytest.Scenario())
	require.NoError(t, err)
	return string(b)
}

func TestValidatePlan(t *testing.T) {
	assert.True(t, parse(t, validatePlan(scenarioJSON(t), "en")).OK)
	r := parse(t, validatePlan(strings.Replace(scenarioJSON(t), `"version":1`, `"version":"1"`, 1), "es"))
	require.Len(t, r.Problems, 1)
	assert.Equal(t, problem{Path: "version", Pointer: "/version", Rule: "type", Param: "integer", Message: "Escribe un número entero."}, r.Problems[0])
}

func TestAnalyzeAndCheck(t *testing.T) {
	text := "🐦 I will call 3 landlords by Friday"
	r := parse(t, analyzeText(text, "2026-03-02T10:00:00Z", "en"))
	require.True(t, r.OK)
	var fs []struct {
		Rule           string
		Start, Start16 int
	}
	require.NoError(t, json.Unmarshal(r.Value, &fs))
	require.NotEmpty(t, fs)
	assert.Equal(t, fs[0].Start-2, fs[0].Start16, "the bird is 4 bytes and 2 UTF-16 units")
	assert.False(t, parse(t, analyzeText(text, "Friday", "en")).OK)

	es := "🐦 Voy a llamar a 3 caseros antes del viernes"
	r = parse(t, analyzeText(es, "2026-03-02T10:00:00Z", "es"))
	require.True(t, r.OK)
	assert.Contains(t, string(r.Value), `"start16"`)

	r = parse(t, checkLanguage("🐦 he is an addict", "en"))
	require.True(t, r.OK)
	assert.Contains(t, string(r.Value), `"start16":12`)
	assert.Contains(t, string(r.Value), `"start":14`)
}

func TestCardSmartVocabularySchema(t *testing.T) {
	r := parse(t, card(scenarioJSON(t), "es"))
	require.True(t, r.OK, r.Error)
	assert.Contains(t, string(r.Value), `lang=\"es\"`)
	assert.False(t, parse(t, card(`{"id": 5}`, "en")).OK)

	var g struct {
		Goals []json.RawMessage `json:"goals"`
	}
	require.NoError(t, json.Unmarshal([]byte(scenarioJSON(t)), &g))
	r = parse(t, smartCheck(string(g.Goals[0]), "2026-03-02T10:00:00Z", "en"))
	require.True(t, r.OK)
	assert.Contains(t, string(r.Value), `"criterion":"time-limited"`)

	assert.True(t, parse(t, vocabulary("goals.Term", "es")).OK)
	assert.False(t, parse(t, vocabulary("goals.Nope", "es")).OK)
	assert.Contains(t, string(parse(t, schema()).Value), `"$defs"`)
}
