// Package textfloor is the baseline that the speed targets of the module's
// text analysers (goals.AnalyzeText and wording.Check) are measured against:
// one pass over the bytes of the same text with a 256-entry table, counting
// the words. No reader of a text can do less, so an analyser's speed is
// stated as a share of the floor's ("x-floor"), measured in the same run.
//
// It is imported only by benchmarks.
package textfloor

import (
	"testing"
	"time"
)

// class is the floor's 256-entry table: 1 for a byte of a word (an ASCII
// letter or digit, or any byte of a multi-byte rune), 0 for any other.
var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80 {
			t[c] = 1
		}
	}
	return t
}()

// Sink receives the floor's results. Adding each result of [Words] to it
// keeps the compiler from dropping the pass.
var Sink int

// Words is the floor: one pass over the bytes of s with a 256-entry table,
// counting the words (the runs of word bytes). It is never inlined, so that
// the pass is compiled once, the same for every caller, and not dropped or
// hoisted out of a benchmark's loop.
//
//go:noinline
func Words(s string) int {
	n, prev := 0, uint8(0)
	for i := 0; i < len(s); i++ {
		c := class[s[i]]
		n += int(c &^ prev)
		prev = c
	}
	return n
}

// blockBytes is about how many bytes Ratio reads per timed block of either
// side: enough that the clock's own cost (tens of nanoseconds a reading) is
// lost in the block's time, even for a text of 200 bytes.
const blockBytes = 32 << 10

// Ratio times f, which must read text once, and the floor on text, in turn
// in each iteration of b so that both see the same load of the machine, and
// reports floor/f of the fastest iteration of each as the metric "x-floor":
// the fastest is the one least disturbed by other work. Each side runs the
// same number of times per timed block (enough for about 32 KB of text), so
// the cost of reading the clock falls on neither. An operation is one
// iteration: its bytes and allocations are those of the "calls/op" calls of
// f it makes (the floor allocates nothing), and ns/op counts both sides.
func Ratio(b *testing.B, text string, f func()) {
	reps := max(1, blockBytes/max(1, len(text)))
	best, bestFloor := time.Duration(1<<62), time.Duration(1<<62)
	b.ReportAllocs()
	b.SetBytes(int64(reps * len(text)))
	for b.Loop() {
		t0 := time.Now()
		for range reps {
			f()
		}
		t1 := time.Now()
		for range reps {
			Sink += Words(text)
		}
		best = min(best, t1.Sub(t0))
		bestFloor = min(bestFloor, time.Since(t1))
	}
	b.ReportMetric(bestFloor.Seconds()/best.Seconds(), "x-floor")
	b.ReportMetric(float64(reps), "calls/op")
}
