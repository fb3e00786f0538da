package fhir_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
)

// marker is text a person might write; no error of Import may repeat it.
const marker = "ZQ9 Sam 555-0142"

// FuzzImport checks that Import never panics, that its errors wrap
// ErrMalformed or are the plan's validation error and never repeat the
// person's text of the input, and that whatever it accepts exports again and
// imports to the same plan. It is seeded with the golden bundle, the whole
// seed plan (crisis plans and decisions as responses, Tasks), a transaction,
// other systems' shapes and the error cases of the tests.
func FuzzImport(f *testing.F) {
	golden, err := os.ReadFile(goldenBundle)
	require.NoError(f, err)
	f.Add(golden)
	f.Add([]byte(foreignBundle))
	for _, opts := range []*fhir.Options{nil, {Transaction: true}} {
		p := filledPlan()
		p.Vision = marker
		p.Safety.WarningSigns[0] = marker
		b, err := fhir.Export(p, opts)
		require.NoError(f, err)
		raw, err := b.MarshalJSON()
		require.NoError(f, err)
		f.Add(raw)
		for _, edit := range [][2]string{
			{`"status":"completed","subject"`, `"status":"completed","modifierExtension":[{"url":"` + marker + `","valueString":"` + marker + `"}],"subject"`},
			{`"valueString":"` + marker + `"`, `"valueInteger":1`},
			{`"linkId":"warningSigns"`, `"linkId":"` + marker + `"`},
			{`"type":"collection"`, `"type":"` + marker + `"`},
			{`"value":"P-0001"`, `"value":"` + marker + `"`},
		} {
			f.Add([]byte(strings.Replace(string(raw), edit[0], edit[1], 1)))
		}
	}
	for _, s := range []string{
		`{"resourceType":"Bundle","type":"collection"}`,
		`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"CarePlan","status":"draft","intent":"plan","subject":{"identifier":{"value":"P"}},"id":"60000000-0000-4000-8000-000000000009","created":"2026-03-02"}}]}`,
		`{"resourceType":"Bundle","type":"searchset","entry":[{"fullUrl":"https://ehr.example.org/fhir/CarePlan/1","resource":{"resourceType":"CarePlan","status":"draft","intent":"plan","subject":{"reference":"Patient/1"},"id":"1","created":"2026-03-02"}}]}`,
		`{"resourceType":"Bundle","entry":[{"fullUrl":"urn:x"}]}`,
		`{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient"}}]}`,
		`[]`, `null`, `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Bundle","entry":[]}}]}`,
		// At and over the limits, and values an error must not echo.
		bundleOf(nested(fhir.MaxBundleDepth-1, "resource")),
		bundleOf(nested(fhir.MaxBundleDepth, "RESOURCE")),
		deepArray(fhir.MaxDepth + 1),
		bundleOf(`{"resourceType":"Goal","id":"g","extension":[{"url":"u","valueInteger":212555014799999999999}]}`),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, _, err := fhir.Import(b)
		if err != nil {
			if !errors.Is(err, fhir.ErrMalformed) && !errors.Is(err, recovery.ErrInvalid) {
				t.Fatalf("Import returned %T, neither ErrMalformed nor the plan's validation error", err)
			}
			assert.NotContains(t, err.Error(), "555-0142")
			assert.NotContains(t, err.Error(), "ZQ9 ")
			return
		}
		again, err := fhir.Export(p, nil)
		require.NoError(t, err, "an imported plan is valid, so it exports")
		raw, err := json.Marshal(again)
		require.NoError(t, err)
		q, _, err := fhir.Import(raw)
		require.NoError(t, err)
		assert.Equal(t, p, q)
	})
}
