package fhir_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/fhir"
)

// TestPackageIsCurrent checks that the FHIR package under package/ is what
// fhir.PackageFiles generates, file for file. Run with -update to rewrite
// it after a change to the forms, codes or extensions.
func TestPackageIsCurrent(t *testing.T) {
	files, err := fhir.PackageFiles()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.RemoveAll("package"))
		require.NoError(t, os.MkdirAll("package", 0o755))
		for name, b := range files {
			require.NoError(t, os.WriteFile(name, b, 0o644))
		}
	}
	onDisk, err := filepath.Glob("package/*")
	require.NoError(t, err)
	var want []string
	for name := range files {
		want = append(want, name)
	}
	sort.Strings(want)
	sort.Strings(onDisk)
	require.Equal(t, want, onDisk, "the package's files (run go test ./fhir -run TestPackageIsCurrent -update)")
	for _, name := range want {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.Equal(t, string(files[name]), string(b), "%s is stale (run with -update)", name)
	}
}

// TestPackageResourcesAreValid checks every conformance resource with the
// package's own Validate, the R4 JSON schema and the JSON-level invariants.
func TestPackageResourcesAreValid(t *testing.T) {
	files, err := fhir.PackageFiles()
	require.NoError(t, err)
	n := 0
	for name, b := range files {
		if strings.HasSuffix(name, "package.json") {
			var m map[string]any
			require.NoError(t, json.Unmarshal(b, &m))
			assert.Equal(t, fhir.PackageName, m["name"])
			assert.Equal(t, fhir.FormVersion, m["version"])
			continue
		}
		n++
		require.NoError(t, schemaErr(t, b), name)
		assert.Empty(t, invariantProblems(b), name)
	}
	for _, r := range fhir.Conformance() {
		assert.NoError(t, r.Validate(), "%v", r)
	}
	assert.Equal(t, len(fhir.Conformance()), n)
}

// canonicals returns every string under fhir.Base in the JSON b, without a
// "|version" suffix.
func canonicals(v any, out map[string]bool) {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, fhir.Base) {
			url, _, _ := strings.Cut(x, "|")
			out[url] = true
		}
	case []any:
		for _, e := range x {
			canonicals(e, out)
		}
	case map[string]any:
		for _, e := range x {
			canonicals(e, out)
		}
	}
}

// TestEveryCanonicalResolves checks that each URL under fhir.Base the export
// of the test plans writes (code systems, extensions, questionnaires,
// identifier systems) names a resource of the package, and that the
// package's own references (value sets, bindings) resolve too.
func TestEveryCanonicalResolves(t *testing.T) {
	defined := map[string]bool{}
	for _, r := range fhir.Conformance() {
		raw, err := json.Marshal(r)
		require.NoError(t, err)
		var m map[string]any
		require.NoError(t, json.Unmarshal(raw, &m))
		if u, ok := m["url"].(string); ok {
			defined[u] = true
		}
		for _, id := range arr(m["uniqueId"]) {
			defined[id.(map[string]any)["value"].(string)] = true
		}
	}
	written := map[string]bool{}
	for _, p := range append(wholePlans(t)[:6], filledPlan()) {
		b, err := fhir.Export(p, &fhir.Options{Trail: scenarioTrail()})
		require.NoError(t, err)
		raw, err := json.Marshal(b)
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(raw, &v))
		canonicals(v, written)
	}
	for _, r := range fhir.Conformance() {
		raw, err := json.Marshal(r)
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(raw, &v))
		canonicals(v, written)
	}
	require.Greater(t, len(written), 20)
	for u := range written {
		assert.True(t, defined[u], "%s is written but not defined in the package", u)
	}
}

// TestSchemaRejectsBrokenResources is the JSON schema checker's negative
// control: for one resource of every type the package writes (the bundles'
// and the conformance package's), a copy with an unknown element, and one
// with a status outside its value set (except CarePlan's, which the schema
// does not check), fail the R4 schema.
func TestSchemaRejectsBrokenResources(t *testing.T) {
	samples := map[string][]byte{}
	b, err := fhir.Export(filledPlan(), &fhir.Options{Trail: scenarioTrail()})
	require.NoError(t, err)
	raw := encode(t, b)
	samples["Bundle"] = raw
	for _, e := range b.Entry {
		if samples[e.Resource.ResourceType()] == nil {
			r, err := json.Marshal(e.Resource)
			require.NoError(t, err)
			samples[e.Resource.ResourceType()] = r
		}
	}
	for _, r := range fhir.Conformance() {
		if samples[r.ResourceType()] == nil {
			j, err := json.Marshal(r)
			require.NoError(t, err)
			samples[r.ResourceType()] = j
		}
	}
	for rt := range emitted {
		require.Contains(t, samples, rt, "a sample of every type written")
	}
	for rt, sample := range samples {
		t.Run(rt, func(t *testing.T) {
			require.NoError(t, schemaErr(t, sample))
			var m map[string]any
			require.NoError(t, json.Unmarshal(sample, &m))
			m["notAnElement"] = true
			broken, err := json.Marshal(m)
			require.NoError(t, err)
			assert.Error(t, schemaErr(t, broken), "an unknown element")
			delete(m, "notAnElement")
			// The R4 schema has no enum for request-status (CarePlan.status);
			// FHIR.js and google/fhir catch a bad one there.
			if _, ok := m["status"].(string); ok && rt != "CarePlan" {
				m["status"] = "bogus"
				broken, err := json.Marshal(m)
				require.NoError(t, err)
				assert.Error(t, schemaErr(t, broken), "a status outside its value set")
			}
		})
	}
}
