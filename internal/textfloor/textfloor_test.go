package textfloor_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/internal/textfloor"
)

func TestWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"   ", 0},
		{"word", 1},
		{"two words", 2},
		{" f/u Friday, 3 NA meetings. ", 6},
		{"café señor", 2},
		{"non-compliant", 2},
	} {
		assert.Equal(t, tt.want, textfloor.Words(tt.text), "%q", tt.text)
	}
}

func TestRatio(t *testing.T) {
	text := strings.Repeat("Met with the person today. ", 8)
	calls := 0
	res := testing.Benchmark(func(b *testing.B) {
		textfloor.Ratio(b, text, func() { calls++; textfloor.Sink += textfloor.Words(text) })
	})
	assert.Positive(t, calls)
	assert.Equal(t, int64(len(text))*int64(res.Extra["calls/op"]), res.Bytes)
	assert.Equal(t, float64(32<<10/len(text)), res.Extra["calls/op"])
	// f does what the floor does, once: the ratio is about 1.
	assert.Greater(t, res.Extra["x-floor"], 0.1)
	assert.Less(t, res.Extra["x-floor"], 10.0)
}

// BenchmarkWords is the floor alone.
func BenchmarkWords(b *testing.B) {
	for _, n := range []int{200, 100 * 1024} {
		text := strings.Repeat("Met w/ pt for 1:1 today, f/u Friday. ", n/37+1)[:n]
		b.Run(map[int]string{200: "200B", 100 * 1024: "100KB"}[n], func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				textfloor.Sink += textfloor.Words(text)
			}
		})
	}
}
