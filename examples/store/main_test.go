package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is the whole output: IDs, times and hashes are fixed.
const want = `series of P-0001: [60000000-0000-4000-8000-000000000001]
  plan 60000000-0000-4000-8000-000000000001 v1 active: stored active, in the series revoked
  plan 60000000-0000-4000-8000-0000000000a2 v2 active: stored active, in the series active
latest: version 2, first goal completed: "I called Sam and we are meeting next week."
  #1 e0000000-0000-4000-8000-000000000001 create 60000000-0000-4000-8000-000000000001 v1 by peer: success changed []
  #2 e0000000-0000-4000-8000-000000000002 update 60000000-0000-4000-8000-000000000001 v2 by person: success changed [/goals/0/status /goals/0/why]
authorship: person 1 of 2 changes, peer 1
anchor to keep elsewhere: seq 2 head 59819d6275e71df2c49fef84373b3e57d0b6d5f540ce9461bb8efba5ebe0d8a8
`

func TestRun(t *testing.T) {
	tests := []struct {
		name string
	}{
		{"a new database"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			require.NoError(t, run(&b, filepath.Join(t.TempDir(), "plans.db")))
			assert.Equal(t, want, b.String())
		})
	}
}

func TestRunTwiceConflicts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plans.db")
	var b strings.Builder
	require.NoError(t, run(&b, path))
	err := run(&b, path)
	require.Error(t, err, "version 1 of a stored series is refused")
	assert.Contains(t, err.Error(), "does not follow the series' latest version")
}
