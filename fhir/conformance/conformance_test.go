package conformance_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/fhir/go/fhirversion"
	"github.com/google/fhir/go/jsonformat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/recoverytest"
)

func unmarshaller(t testing.TB) *jsonformat.Unmarshaller {
	t.Helper()
	u, err := jsonformat.NewUnmarshaller("UTC", fhirversion.R4)
	require.NoError(t, err)
	return u
}

// bundles returns the JSON of the bundles checked, by name: the seed
// scenario's golden bundle (with its audit trail), the seed plans as
// collections and as transactions, and 500 synthetic plans.
func bundles(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	golden, err := os.ReadFile("../testdata/peersupport.bundle.json")
	require.NoError(t, err)
	out["golden"] = golden
	add := func(name string, p recovery.Plan, opts *fhir.Options) {
		b, err := fhir.Export(p, opts)
		require.NoError(t, err, name)
		raw, err := json.Marshal(b)
		require.NoError(t, err, name)
		out[name] = raw
	}
	for name, p := range map[string]recovery.Plan{"scenario": recoverytest.Scenario(), "identifying": recoverytest.IdentifyingScenario()} {
		add(name, p, nil)
		add(name+" transaction", p, &fhir.Options{Transaction: true})
	}
	for i, p := range recoverytest.Plans(14, 500) {
		add(fmt.Sprintf("synthetic %03d", i), p, nil)
	}
	return out
}

// resources splits a bundle into its entries' resources.
func resources(t testing.TB, bundle []byte) []json.RawMessage {
	t.Helper()
	var b struct {
		Entry []struct {
			Resource json.RawMessage `json:"resource"`
		} `json:"entry"`
	}
	require.NoError(t, json.Unmarshal(bundle, &b))
	out := make([]json.RawMessage, 0, len(b.Entry))
	for _, e := range b.Entry {
		out = append(out, e.Resource)
	}
	return out
}

func resourceType(t testing.TB, r []byte) string {
	t.Helper()
	var v struct {
		ResourceType string `json:"resourceType"`
	}
	require.NoError(t, json.Unmarshal(r, &v))
	return v.ResourceType
}

// TestExportPassesGoogleFHIR parses every exported bundle, and every resource
// in it on its own, with google/fhir's strict R4 unmarshaller.
func TestExportPassesGoogleFHIR(t *testing.T) {
	u := unmarshaller(t)
	all := bundles(t)
	names := make([]string, 0, len(all))
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	types := map[string]int{}
	for _, name := range names {
		raw := all[name]
		_, err := u.Unmarshal(raw)
		require.NoError(t, err, "bundle %s", name)
		for i, r := range resources(t, raw) {
			_, err := u.Unmarshal(r)
			require.NoError(t, err, "bundle %s entry %d", name, i)
			types[resourceType(t, r)]++
		}
	}
	for _, rt := range []string{"CarePlan", "Goal", "Task", "Observation", "List", "RelatedPerson", "CareTeam", "Consent",
		"QuestionnaireResponse", "AuditEvent", "Provenance"} {
		assert.Positive(t, types[rt], "%s resources checked", rt)
	}
	t.Logf("%d bundles, resources by type: %v", len(all), types)
}

// TestPackagePassesGoogleFHIR parses every resource of the conformance
// package (fhir/package) with the strict R4 unmarshaller.
func TestPackagePassesGoogleFHIR(t *testing.T) {
	u := unmarshaller(t)
	files, err := filepath.Glob("../package/*-*.json")
	require.NoError(t, err)
	require.Greater(t, len(files), 20)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		_, err = u.Unmarshal(b)
		assert.NoError(t, err, f)
	}
}

// breaks are the negative controls: for each resource type checked, a
// change that makes it invalid R4, which the unmarshaller must reject.
var breaks = map[string][]func(map[string]any){
	"*": {
		func(m map[string]any) { m["notAnElement"] = true },                   // unknown element
		func(m map[string]any) { m["id"] = "not an id!" },                     // id pattern
		func(m map[string]any) { m["meta"] = map[string]any{"versionId": 1} }, // wrong JSON type
	},
	"CarePlan":              {func(m map[string]any) { m["intent"] = "directive" }, func(m map[string]any) { delete(m, "status") }},
	"Goal":                  {func(m map[string]any) { m["lifecycleStatus"] = "bogus" }, func(m map[string]any) { delete(m, "lifecycleStatus") }},
	"Task":                  {func(m map[string]any) { m["status"] = "done" }, func(m map[string]any) { delete(m, "intent") }},
	"Observation":           {func(m map[string]any) { m["status"] = "bogus" }, func(m map[string]any) { m["subject"] = map[string]any{"reference": "Practitioner/1"} }},
	"List":                  {func(m map[string]any) { m["mode"] = "ranked" }},
	"RelatedPerson":         {func(m map[string]any) { delete(m, "patient") }},
	"CareTeam":              {func(m map[string]any) { m["status"] = "on-hold" }},
	"Consent":               {func(m map[string]any) { m["status"] = "not-done" }, func(m map[string]any) { delete(m, "scope") }},
	"QuestionnaireResponse": {func(m map[string]any) { m["status"] = "done" }, func(m map[string]any) { m["authored"] = "2026-13-45" }},
	"AuditEvent":            {func(m map[string]any) { m["outcome"] = "3" }},
	"Provenance":            {func(m map[string]any) { delete(m, "recorded") }},
	"Bundle":                {func(m map[string]any) { m["type"] = "bag" }},
}

// TestGoogleFHIRRejectsBrokenResources shows that the validator is not
// blind: a broken copy of one resource of each type, each way, fails.
func TestGoogleFHIRRejectsBrokenResources(t *testing.T) {
	u := unmarshaller(t)
	golden := bundles(t)["identifying"]
	samples := map[string]json.RawMessage{"Bundle": golden}
	for _, r := range resources(t, golden) {
		if rt := resourceType(t, r); samples[rt] == nil {
			samples[rt] = r
		}
	}
	g, err := os.ReadFile("../testdata/peersupport.bundle.json")
	require.NoError(t, err)
	for _, r := range resources(t, g) {
		if rt := resourceType(t, r); samples[rt] == nil {
			samples[rt] = r
		}
	}
	for rt := range breaks {
		if rt != "*" {
			require.Contains(t, samples, rt)
		}
	}
	for rt, sample := range samples {
		fs := append(append([]func(map[string]any){}, breaks["*"]...), breaks[rt]...)
		for i, f := range fs {
			t.Run(fmt.Sprintf("%s/%d", rt, i), func(t *testing.T) {
				var m map[string]any
				require.NoError(t, json.Unmarshal(sample, &m))
				_, err := u.Unmarshal(sample)
				require.NoError(t, err, "the sample is valid")
				f(m)
				broken, err := json.Marshal(m)
				require.NoError(t, err)
				_, err = u.Unmarshal(broken)
				assert.Error(t, err)
			})
		}
	}
}
