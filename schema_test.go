package recovery_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/internal/planschema"
	"github.com/recoverykit/recovery/recoverytest"
)

var update = flag.Bool("update", false, "rewrite plan.schema.json")

// TestJSONSchemaCurrent regenerates the plan's schema from the Go types and
// compares it with the embedded plan.schema.json; go test -run
// TestJSONSchemaCurrent -update rewrites the file.
func TestJSONSchemaCurrent(t *testing.T) {
	got, err := planschema.Generate()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("plan.schema.json", got, 0o644))
	}
	assert.Equal(t, string(got), string(recovery.JSONSchema()),
		"plan.schema.json is not current: go test -run TestJSONSchemaCurrent -update")
	b := recovery.JSONSchema()
	b[0] = 'x'
	assert.NotEqual(t, b, recovery.JSONSchema(), "JSONSchema returns a copy")
}

var planSchemaOnce = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(recovery.JSONSchema()))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("plan.schema.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("plan.schema.json")
})

func planSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	s, err := planSchemaOnce()
	require.NoError(t, err)
	return s
}

// schemaAccepts validates JSON against the plan's schema.
func schemaAccepts(t testing.TB, b []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	return planSchema(t).Validate(v)
}

// validPlans are plans Validate accepts: synthetic plans of many seeds and
// the scenarios.
func validPlans(t testing.TB) []recovery.Plan {
	ps := append(recoverytest.Plans(16, 300), recoverytest.Scenario(), recoverytest.SparseScenario(), recoverytest.IdentifyingScenario())
	for _, p := range ps {
		require.NoError(t, p.Validate())
	}
	return ps
}

func TestJSONSchemaAcceptsValidPlans(t *testing.T) {
	for i, p := range validPlans(t) {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.NoError(t, schemaAccepts(t, b), "plan %d (%s)", i, p.ID)
	}
}

// TestJSONSchemaRejects shows that the schema says something: each edit of a
// valid plan breaks one of its rules.
func TestJSONSchemaRejects(t *testing.T) {
	tests := []struct {
		name string
		edit func(m map[string]any)
	}{
		{"status outside the enum", func(m map[string]any) { m["status"] = "Active" }},
		{"missing required id", func(m map[string]any) { delete(m, "id") }},
		{"id not a UUID", func(m map[string]any) { m["id"] = "42" }},
		{"nil id", func(m map[string]any) { m["id"] = "00000000-0000-0000-0000-000000000000" }},
		{"version below 1", func(m map[string]any) { m["version"] = 0 }},
		{"version a string", func(m map[string]any) { m["version"] = "1" }},
		{"created a date without a time", func(m map[string]any) { m["created"] = "2026-03-02" }},
		{"unknown field", func(m map[string]any) { m["nickname"] = "x" }},
		{"personId over 128 characters", func(m map[string]any) { m["personId"] = strings.Repeat("é", 129) }},
		{"goal area outside the enum", func(m map[string]any) { goal(m)["area"] = "wealth" }},
		{"goal confidence over 10", func(m map[string]any) { goal(m)["confidence"] = 11 }},
		{"empty goal statement", func(m map[string]any) { goal(m)["statement"] = "" }},
		{"GAS level 3", func(m map[string]any) { goal(m)["attainment"] = map[string]any{"baseline": 3} }},
		{"eleven emergency numbers", func(m map[string]any) {
			m["overdose"].(map[string]any)["emergencyNumbers"] = strings.Split(strings.Repeat("911,", 10)+"911", ",")
		}},
		{"phone with letters", func(m map[string]any) { m["supports"].([]any)[0].(map[string]any)["phone"] = "call me" }},
		{"co-creator role outside the enum", func(m map[string]any) { m["coCreators"].([]any)[0].(map[string]any)["role"] = "peer-specialist" }},
		{"measure instrument outside the enum", func(m map[string]any) {
			decision(m)["measures"] = []any{map[string]any{"instrument": "phq-9", "answeredAt": "2026-03-02T10:00:00Z", "items": []any{1}}}
		}},
		{"measure item not an integer", func(m map[string]any) {
			decision(m)["measures"] = []any{map[string]any{"instrument": "sure", "respondent": "person", "answeredAt": "2026-03-02T10:00:00Z", "items": []any{1, 0.5, 1, 1}}}
		}},
		{"measure version outside the enum", func(m map[string]any) {
			decision(m)["measures"] = []any{map[string]any{"instrument": "collaborate", "version": "7-point", "respondent": "person", "answeredAt": "2026-03-02T10:00:00Z", "items": []any{9, 9, 9}}}
		}},
	}
	base, err := json.Marshal(recoverytest.Scenario())
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			require.NoError(t, json.Unmarshal(base, &m))
			tt.edit(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			assert.Error(t, schemaAccepts(t, b))
		})
	}
}

func goal(m map[string]any) map[string]any { return m["goals"].([]any)[0].(map[string]any) }

func decision(m map[string]any) map[string]any { return m["decisions"].([]any)[0].(map[string]any) }

// TestJSONSchemaAcceptsEmptyOptionalCodes: an optional code written as ""
// (a measure's version and, for OPTION-5, its respondent) is what DecodePlan
// and Validate accept, and the schema accepts it too.
func TestJSONSchemaAcceptsEmptyOptionalCodes(t *testing.T) {
	base, err := json.Marshal(recoverytest.Scenario())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(base, &m))
	decision(m)["measures"] = []any{
		map[string]any{"instrument": "option-5", "version": "", "respondent": "", "answeredAt": "2026-03-02T10:00:00Z", "items": []any{2, 1, 0, 3, 2}},
		map[string]any{"instrument": "collaborate", "version": "", "respondent": "family", "answeredAt": "2026-03-02T10:00:00Z", "items": []any{9, 9, 9}},
	}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	p, err := recovery.DecodePlan(bytes.NewReader(b))
	require.NoError(t, err)
	require.NoError(t, p.Validate())
	assert.NoError(t, schemaAccepts(t, b))
}

// TestJSONSchemaEnums checks that every enum under $defs lists exactly the
// values of its type's list function, each valid, in order; that every value
// the schema leaves out (near misses of each value, the values of the other
// enums) fails the type's IsValid; and that every enum of the plan is there.
func TestJSONSchemaEnums(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			Enum []json.RawMessage `json:"enum"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(recovery.JSONSchema(), &doc))
	var all []json.RawMessage
	for _, d := range doc.Defs {
		all = append(all, d.Enum...)
	}
	enums := planschema.Enums()
	require.NotEmpty(t, enums)
	seen := 0
	for _, e := range enums {
		name := planschema.DefName(e.Type)
		t.Run(name, func(t *testing.T) {
			d, ok := doc.Defs[name]
			require.True(t, ok, "no $defs entry")
			require.Len(t, d.Enum, len(e.Values))
			in := map[string]bool{}
			for i, raw := range d.Enum {
				want, err := json.Marshal(e.Values[i])
				require.NoError(t, err)
				assert.JSONEq(t, string(want), string(raw), "value %d", i)
				assert.True(t, isValid(t, e.Type, raw), "%s is not valid", raw)
				in[string(raw)] = true
			}
			assert.Len(t, in, len(d.Enum), "a value is listed twice")
			// Values outside the enum.
			var outside []json.RawMessage
			for _, raw := range all {
				if !in[string(raw)] {
					outside = append(outside, raw)
				}
			}
			for _, raw := range d.Enum {
				outside = append(outside, nearMisses(raw)...)
			}
			for _, raw := range outside {
				if in[string(raw)] {
					continue
				}
				if v, ok := decodeAs(e.Type, raw); ok {
					assert.False(t, v.MethodByName("IsValid").Call(nil)[0].Bool(), "%s outside the schema's enum is valid", raw)
				}
			}
		})
		seen++
	}
	assert.Equal(t, len(enums), seen)
}

// nearMisses returns values close to an enum value: another case, padded,
// with a character more or less, and the neighbouring integers.
func nearMisses(raw json.RawMessage) []json.RawMessage {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		var n int
		_ = json.Unmarshal(raw, &n)
		return []json.RawMessage{mustJSON(n - 1), mustJSON(n + 1), mustJSON(n + 10), mustJSON(-n - 3)}
	}
	return []json.RawMessage{
		mustJSON(strings.ToUpper(s)), mustJSON(" " + s), mustJSON(s + " "), mustJSON(s + "s"),
		mustJSON(s[:len(s)-1]), mustJSON(strings.ReplaceAll(s, "-", "_")), mustJSON(""),
	}
}

func mustJSON(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

func decodeAs(t reflect.Type, raw json.RawMessage) (reflect.Value, bool) {
	v := reflect.New(t)
	if json.Unmarshal(raw, v.Interface()) != nil {
		return reflect.Value{}, false
	}
	return v.Elem(), true
}

func isValid(t *testing.T, ty reflect.Type, raw json.RawMessage) bool {
	t.Helper()
	v, ok := decodeAs(ty, raw)
	require.True(t, ok, "%s does not decode as %s", raw, ty)
	return v.MethodByName("IsValid").Call(nil)[0].Bool()
}

// FuzzJSONSchemaAgrees decodes a plan from any JSON: when Validate accepts
// it, the schema accepts its encoding.
func FuzzJSONSchemaAgrees(f *testing.F) {
	for _, p := range append(recoverytest.Plans(3, 6), recoverytest.Scenario(), recoverytest.SparseScenario()) {
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id":"10000000-0000-4000-8000-000000000001","version":1,"status":"draft","personId":"p","created":"2026-03-02T10:00:00Z"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p recovery.Plan
		if json.Unmarshal(data, &p) != nil || p.Validate() != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			return // a time outside the years JSON can write
		}
		if err := schemaAccepts(t, b); err != nil {
			t.Fatalf("Validate accepts a plan the schema rejects: %v", err)
		}
	})
}

// mutationPlans and mutationEdits size TestJSONSchemaAgreesOnMutations.
const mutationPlans, mutationEdits = 150, 8

// TestJSONSchemaAgreesOnMutations edits valid plans at random, a field at a
// time (a key left out, null, an empty text, a number at or past its limits,
// a code of another enum, an empty object or list), and checks the verdicts
// agree one way: input DecodePlan accepts, the schema accepts.
func TestJSONSchemaAgreesOnMutations(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	values := []any{"", "x", strings.Repeat("y", 600), 0, -1, 1, 3, 11, 1e9, true, nil,
		"peer", "short-term", "active", "2026-03-02T10:00:00Z", "10000000-0000-4000-8000-0000000000ff",
		map[string]any{}, []any{}}
	accepted, rejected := 0, 0
	for _, p := range validPlans(t)[:mutationPlans] {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		for range mutationEdits {
			var m any
			require.NoError(t, json.Unmarshal(b, &m))
			mutate(r, m, values)
			mb, err := json.Marshal(m)
			require.NoError(t, err)
			if _, err := recovery.DecodePlan(bytes.NewReader(mb)); err != nil {
				rejected++
				continue
			}
			accepted++
			if err := schemaAccepts(t, mb); err != nil {
				t.Errorf("DecodePlan accepts what the schema rejects: %v", err)
			}
		}
	}
	t.Logf("%d edits accepted, %d rejected", accepted, rejected)
	assert.Greater(t, accepted, 50)
	assert.Greater(t, rejected, 50)
}

// mutate changes one value somewhere in the JSON value v: it walks down a
// random path and replaces, or deletes, what it finds.
func mutate(r *rand.Rand, v any, values []any) {
	for {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			if len(keys) == 0 {
				return
			}
			slices.Sort(keys)
			k := keys[r.IntN(len(keys))]
			switch child := x[k].(type) {
			case map[string]any, []any:
				if r.IntN(4) > 0 {
					v = child
					continue
				}
			}
			if r.IntN(5) == 0 {
				delete(x, k)
			} else {
				x[k] = values[r.IntN(len(values))]
			}
			return
		case []any:
			if len(x) == 0 {
				return
			}
			v = x[r.IntN(len(x))]
		default:
			return
		}
	}
}
