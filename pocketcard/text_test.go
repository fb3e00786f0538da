package pocketcard_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/pocketcard"
	"github.com/recoverykit/recovery/recoverytest"
)

func TestTextGolden(t *testing.T) {
	for _, tt := range htmlCases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := pocketcard.Text(tt.plan(), &pocketcard.Options{Lang: tt.lang})
			require.NoError(t, err)
			golden := filepath.Join("testdata", tt.name+".golden.txt")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got, "go test ./pocketcard -run TestTextGolden -update")
			assert.True(t, strings.HasSuffix(got, "\n"))
		})
	}
}

func TestTextSpanishHeadings(t *testing.T) {
	got, err := pocketcard.Text(spanishPlan(), &pocketcard.Options{Lang: "es"})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(got, "Mi plan para prevenir una sobredosis\nEMERGENCIA: 911, 800 911 2000\n"), got)
	for _, english := range []string{"EMERGENCY", "Other steps", "Has naloxone", "By:"} {
		assert.NotContains(t, got, english)
	}
	p := recoverytest.Scenario()
	p.Overdose = nil
	_, err = pocketcard.Text(p, nil)
	assert.ErrorIs(t, err, pocketcard.ErrNoCard)
}

// TestPlanLanguageIsTheDefault checks that a plan's language tag words its
// card when the options name none, and that the options win.
func TestPlanLanguageIsTheDefault(t *testing.T) {
	p := recoverytest.Scenario()
	p.Language = "es-MX"
	got, err := pocketcard.Text(p, nil)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(got, "Mi plan para prevenir una sobredosis\n"), got)
	got, err = pocketcard.Text(p, &pocketcard.Options{Lang: "en"})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(got, "My overdose prevention plan\n"), got)
}
