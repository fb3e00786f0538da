package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestREADMEShowsThisProgram keeps the README's usage example and this
// program identical, so the README never shows code that does not compile.
func TestREADMEShowsThisProgram(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	src, err := os.ReadFile("main.go")
	require.NoError(t, err)

	// The README shows the program from its import block on.
	body := string(src[strings.Index(string(src), "import ("):])
	assert.Contains(t, string(readme), "```go\n"+body+"```\n")
}

// Example runs the program; its output is the one the README describes.
func Example() {
	main()
	// Output:
	// 1 I want to get back in touch with my brother   tied=false
	// 2 I want to find a place to live by April 15    tied=true
	// 2 I want to get a better job                    tied=true
	// deadline found in the person's words: 2026-04-15
	// to shape together: [specific measurable achievable time-limited]
}
