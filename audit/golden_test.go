package audit_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/audit"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGoldenTrail pins the stored format: the JSON Lines of a 12-event trail,
// hashes included. A change to the canonical encoding or to the JSON form
// fails here, because trails already stored must keep verifying; such a
// change needs a new layout version, not an -update.
func TestGoldenTrail(t *testing.T) {
	data, anchor := jsonl(t, 12)
	path := filepath.Join("testdata", "trail.jsonl")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, data, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(data))

	tr, err := audit.ReadJSONL(bytes.NewReader(want))
	require.NoError(t, err)
	assert.NoError(t, tr.CheckAnchor(anchor))
}
