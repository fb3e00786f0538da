package pocketcard_test

import (
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoPDFWriterLinked checks that the plan's packages, the vocabulary and
// the HTML card link neither the PDF writer nor its font: those are
// package cardpdf's alone.
func TestNoPDFWriterLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps",
		"github.com/recoverykit/recovery",
		"github.com/recoverykit/recovery/vocab",
		"github.com/recoverykit/recovery/pocketcard").CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.NotContains(t, string(out), "go-pdf/fpdf")
	assert.NotContains(t, string(out), "cardpdf")
	assert.Contains(t, string(out), "golang.org/x/text/language", "the list is real")
}
