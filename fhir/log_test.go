package fhir_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/fhir"
)

// TestNoPersonTextInLogsOrStrings prints and logs every resource of the
// scenario's bundle and checks that no word the person wrote, no name and no
// phone number appears.
func TestNoPersonTextInLogsOrStrings(t *testing.T) {
	b := exportScenario(t)
	p := scenarioPlan()
	secrets := []string{string(p.Vision), string(p.Goals[3].Statement), string(p.Goals[3].Why), string(p.Goals[3].Steps[0].Action),
		string(p.Strengths.Strengths[0].Statement), string(p.Strengths.Aspects[0].Text), string(p.Supports[0].Name), string(p.Supports[0].Phone), string(p.Supports[2].Email)}
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("bundle", "bundle", b)
	fmt.Fprintln(&buf, b)
	for _, e := range b.Entry {
		log.Info("resource", "r", e.Resource)
		fmt.Fprintln(&buf, e.Resource)
		fmt.Fprintf(&buf, "%v %s\n", e.Resource, e.Resource)
	}
	out := buf.String()
	require.Contains(t, out, "Goal/10000000-0000-4000-8000-000000000004")
	for _, s := range secrets {
		require.NotEmpty(t, s)
		assert.NotContains(t, out, s)
	}
}

// TestNoInputTextInErrors feeds Import resource types and ids that hold a
// person's words and checks that neither an error message nor the String or
// LogValue of the resource read repeats them: a resourceType is printed only
// when it is shaped like a resource type name, an id only when it matches
// the R4 id pattern.
func TestNoInputTextInErrors(t *testing.T) {
	const secret = "Sam 555-0142"
	tests := map[string]string{
		"bundle type": `{"resourceType":"` + secret + `"}`,
		"entry type":  `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"` + secret + `","id":"` + secret + `"}}]}`,
		"goal type":   `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Goal"}},{"resource":{"resourceType":"CarePlan","id":"` + secret + `"}}]}`,
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := fhir.Import([]byte(in))
			require.Error(t, err)
			assert.NotContains(t, err.Error(), "555-0142")
			assert.ErrorIs(t, err, fhir.ErrMalformed)
		})
	}

	valid := scenarioBundleJSON(t)
	other := `{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"` + secret + `","id":"` + secret + `"}},` + valid[strings.Index(valid, `"entry":[`)+len(`"entry":[`):]
	_, skipped, err := fhir.Import([]byte(other))
	require.NoError(t, err)
	require.NotEmpty(t, skipped)
	assert.Equal(t, fhir.Skipped{Index: 0, ResourceType: "[invalid]", ID: "[invalid]", Reason: fhir.SkipUnknownType}, skipped[0])

	var b fhir.Bundle
	require.NoError(t, json.Unmarshal([]byte(tests["entry type"]), &b))
	require.Len(t, b.Entry, 1)
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("resource", "r", b.Entry[0].Resource)
	fmt.Fprintln(&buf, b.Entry[0].Resource)
	assert.NotContains(t, buf.String(), "555-0142")

	var te fhir.TypeError
	te.Want, te.Got = "Goal", secret
	assert.NotContains(t, te.Error(), "555-0142")
	te.Got = "Patient"
	assert.Contains(t, te.Error(), `"Patient"`, "a resource type name is printed")
}

func scenarioBundleJSON(t *testing.T) string {
	t.Helper()
	raw, err := json.Marshal(exportScenario(t))
	require.NoError(t, err)
	return string(raw)
}
