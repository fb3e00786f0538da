package recovery_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// scenarioJSON returns the scenario plan as a generic JSON object to edit.
func scenarioJSON(t *testing.T) map[string]any {
	t.Helper()
	b, err := json.Marshal(recoverytest.Scenario())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

func TestDecodePlanValid(t *testing.T) {
	want := recoverytest.Scenario()
	b, err := json.Marshal(want)
	require.NoError(t, err)
	for _, opts := range []recovery.DecodeOptions{{}, {DisallowUnknownFields: true}} {
		got, err := opts.DecodePlan(bytes.NewReader(b))
		require.NoError(t, err)
		assert.Equal(t, want.ID, got.ID)
		gb, err := json.Marshal(got)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(gb))
	}
}

func TestDecodePlanProblems(t *testing.T) {
	const secret = "Jordan-555-0100"
	tests := []struct {
		name    string
		opts    recovery.DecodeOptions
		edit    func(m map[string]any)
		raw     string // used instead of the edited scenario when set
		want    []recovery.Problem
		pointer string // of the first problem
	}{
		{name: "wrong type", edit: func(m map[string]any) { m["version"] = "1" },
			want: []recovery.Problem{{Path: "version", Rule: "type", Param: "integer"}}, pointer: "/version"},
		{name: "fraction for an integer", edit: func(m map[string]any) { goalAt(m, 1)["importance"] = 1.5 },
			want: []recovery.Problem{{Path: "goals[1].importance", Rule: "type", Param: "integer"}}, pointer: "/goals/1/importance"},
		{name: "number too large", raw: `{"version": 99999999999999999999999}`,
			want: []recovery.Problem{{Path: "version", Rule: "range"}}, pointer: "/version"},
		{name: "bad UUID", edit: func(m map[string]any) { m["supports"].([]any)[0].(map[string]any)["id"] = secret },
			want: []recovery.Problem{{Path: "supports[0].id", Rule: "uuid"}}, pointer: "/supports/0/id"},
		{name: "UUID as a number", edit: func(m map[string]any) { m["id"] = 7 },
			want: []recovery.Problem{{Path: "id", Rule: "type", Param: "string"}}, pointer: "/id"},
		{name: "date without a time", edit: func(m map[string]any) {
			goalAt(m, 1)["steps"].([]any)[0].(map[string]any)["due"] = "2026-04-01"
		}, want: []recovery.Problem{{Path: "goals[1].steps[0].due", Rule: "date-time"}}, pointer: "/goals/1/steps/0/due"},
		{name: "object for a list", edit: func(m map[string]any) { m["goals"] = map[string]any{} },
			want: []recovery.Problem{{Path: "goals", Rule: "type", Param: "array"}}, pointer: "/goals"},
		{name: "text for a part", edit: func(m map[string]any) { m["overdose"] = secret },
			want: []recovery.Problem{{Path: "overdose", Rule: "type", Param: "object"}}, pointer: "/overdose"},
		{name: "every problem, in the order of the input", edit: func(m map[string]any) {
			m["version"] = true
			m["created"] = "yesterday " + secret
			goalAt(m, 0)["confidence"] = "high"
		}, want: []recovery.Problem{ // the keys of a marshalled map are sorted
			{Path: "created", Rule: "date-time"},
			{Path: "goals[0].confidence", Rule: "type", Param: "integer"},
			{Path: "version", Rule: "type", Param: "integer"},
		}, pointer: "/created"},
		{name: "unknown field when asked", opts: recovery.DecodeOptions{DisallowUnknownFields: true},
			edit: func(m map[string]any) { goalAt(m, 0)["nickname"] = secret; m[secret+" x"] = 1 },
			want: []recovery.Problem{{Path: "", Rule: "unknown"}, {Path: "goals[0].nickname", Rule: "unknown"}}, pointer: ""},
		{name: "syntax", raw: `{"id": ` + secret, want: []recovery.Problem{{Rule: "syntax", Param: "8"}}},
		{name: "data after the plan", raw: `{} {}`, want: []recovery.Problem{{Rule: "syntax", Param: "2"}}},
		{name: "too large", opts: recovery.DecodeOptions{MaxBytes: 10}, raw: `{"personId": "` + secret + `"}`,
			want: []recovery.Problem{{Rule: "too-large", Param: "10"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []byte(tt.raw)
			if tt.edit != nil {
				m := scenarioJSON(t)
				tt.edit(m)
				var err error
				b, err = json.Marshal(m)
				require.NoError(t, err)
			}
			_, err := tt.opts.DecodePlan(bytes.NewReader(b))
			require.Error(t, err)
			var ve *recovery.ValidationError
			require.True(t, errors.As(err, &ve), "%T %v", err, err)
			assert.True(t, errors.Is(err, recovery.ErrInvalid))
			if tt.want[0].Rule == "too-large" {
				assert.True(t, errors.Is(err, recovery.ErrTooLarge))
			} else {
				assert.True(t, errors.Is(err, recovery.ErrJSON))
			}
			assert.Equal(t, tt.want, ve.Problems)
			assert.Equal(t, tt.pointer, ve.Problems[0].Pointer())
			assert.NotContains(t, err.Error(), "Jordan")
			assert.NotContains(t, err.Error(), "555")
		})
	}
}

func goalAt(m map[string]any, i int) map[string]any { return m["goals"].([]any)[i].(map[string]any) }

func TestDecodePlanLikeEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		edit func(m map[string]any)
	}{
		{"unknown fields are ignored by default", func(m map[string]any) { m["nickname"] = "x" }},
		{"keys match case-insensitively", func(m map[string]any) { m["PersonID"] = m["personId"]; delete(m, "personId") }},
		{"null leaves a field as it is", func(m map[string]any) { m["vision"] = nil; goalAt(m, 0)["steps"] = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := scenarioJSON(t)
			tt.edit(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			var want recovery.Plan
			require.NoError(t, json.Unmarshal(b, &want))
			got, err := recovery.DecodePlan(bytes.NewReader(b))
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

func TestDecodePlanInvalidPlan(t *testing.T) {
	m := scenarioJSON(t)
	m["version"] = 0
	b, err := json.Marshal(m)
	require.NoError(t, err)
	p, err := recovery.DecodePlan(bytes.NewReader(b))
	var ve *recovery.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.True(t, ve.Has("version", "min"))
	assert.False(t, errors.Is(err, recovery.ErrJSON), "a plan that decodes is not a JSON error")
	assert.Equal(t, recoverytest.Scenario().ID, p.ID, "the plan is returned with its problems")
}

// FuzzDecodePlan reads any input: never a panic; an error is a
// *ValidationError whose problems carry no text of the input beyond field
// names; DecodePlan rejects as JSON exactly what encoding/json rejects.
func FuzzDecodePlan(f *testing.F) {
	for _, p := range append(recoverytest.Plans(5, 4), recoverytest.Scenario()) {
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"version":"1","goals":[{"steps":[{"due":"2026-04-01"}]}],"supports":[{"id":"x"}]}`))
	f.Add([]byte(`{"ID":"10000000-0000-4000-8000-000000000001","Goals":[{"Confidence":1e400}]}`))
	f.Add([]byte(`[1,2`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := recovery.DecodePlan(bytes.NewReader(data))
		var want recovery.Plan
		jsonErr := json.Unmarshal(data, &want)
		if jsonErr != nil {
			require.ErrorIs(t, err, recovery.ErrJSON, "encoding/json: %v", jsonErr)
		} else {
			require.False(t, errors.Is(err, recovery.ErrJSON), "encoding/json decodes it but DecodePlan says %v", err)
		}
		if err == nil {
			return
		}
		var ve *recovery.ValidationError
		require.True(t, errors.As(err, &ve))
		require.NotEmpty(t, ve.Problems)
		for _, p := range ve.Problems {
			if errors.Is(err, recovery.ErrJSON) {
				require.NotEqual(t, "invalid", p.Rule, "the check found nothing that encoding/json rejected: %v", jsonErr)
			}
			for _, ch := range p.Path + p.Param {
				if !(ch == '.' || ch == '[' || ch == ']' || ch == '_' || ch == '-' || ch == '=' ||
					ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') {
					t.Fatalf("problem %q holds %q", p, ch)
				}
			}
			assert.True(t, p.Pointer() == "" || strings.HasPrefix(p.Pointer(), "/"))
		}
	})
}
