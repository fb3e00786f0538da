package fhir_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoPersonTextInLogsOrStrings prints and logs every resource of the
// scenario's bundle and checks that no word the person wrote, no name and no
// phone number appears.
func TestNoPersonTextInLogsOrStrings(t *testing.T) {
	b := exportScenario(t)
	p := scenarioPlan()
	secrets := []string{p.Vision, p.Goals[3].Statement, p.Goals[3].Why, p.Goals[3].Steps[0].Action,
		p.Strengths.Strengths[0].Statement, p.Supports[0].Name, p.Supports[0].Phone, p.Supports[2].Email}
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
