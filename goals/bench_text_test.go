package goals_test

import (
	"strings"
	"testing"
	"time"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/textfloor"
)

// textBenchInputs are a 200-byte step, 100 KB of steps, and 200 bytes in
// which nothing is found.
func textBenchInputs() []struct{ name, text string } {
	large := strings.Repeat(textStep+" ", 100*1024/(len(textStep)+1)+1)[:100*1024]
	quiet := strings.Repeat("The person wrote these words about their own life and home. ", 4)[:200]
	return []struct{ name, text string }{{"200B", textStep}, {"100KB", large}, {"200B-nothing", quiet}}
}

// textRatio times f and the floor on the same bytes, alternately in each
// iteration so that both see the same machine load, and reports the ratio
// floor/f of the fastest iteration of each as "x-floor": the fastest is the
// one least disturbed by other work on the machine. The floor runs 16 times
// per iteration, being too quick to time once.
func textRatio(b *testing.B, text string, f func()) {
	best, bestFloor := time.Duration(1<<62), time.Duration(1<<62)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		t0 := time.Now()
		f()
		t1 := time.Now()
		for range 16 {
			textfloor.Sink += textfloor.Words(text)
		}
		best = min(best, t1.Sub(t0))
		bestFloor = min(bestFloor, time.Since(t1)/16)
	}
	b.ReportMetric(bestFloor.Seconds()/best.Seconds(), "x-floor")
}

// BenchmarkAnalyzeText measures AnalyzeText against the floor, one pass
// over the same bytes with a 256-entry table (target: at least 0.15x).
func BenchmarkAnalyzeText(b *testing.B) {
	for _, in := range textBenchInputs() {
		b.Run(in.name, func(b *testing.B) {
			textRatio(b, in.text, func() { goals.AnalyzeText(in.text, textRef, nil) })
		})
	}
}

// BenchmarkAnalyzeTextSpanish is BenchmarkAnalyzeText on a Spanish step.
func BenchmarkAnalyzeTextSpanish(b *testing.B) {
	step := "Me comprometo a ir al menos a 3 reuniones por semana y voy a llamar a dos o tres dueños de departamentos antes del viernes a las 10; quiero ahorrar 50 dólares cada semana hasta fin de mes."
	opts := &goals.TextOptions{Language: "es"}
	textRatio(b, step, func() { goals.AnalyzeText(step, textRef, opts) })
}

func TestAnalyzeTextNoAllocationWhenNothingFound(t *testing.T) {
	for _, in := range textBenchInputs()[2:] {
		allocs := testing.AllocsPerRun(100, func() { goals.AnalyzeText(in.text, textRef, nil) })
		if allocs != 0 {
			t.Errorf("%s: %v allocations with nothing found", in.name, allocs)
		}
		if a := goals.AnalyzeText(in.text, textRef, nil); len(a.Matches) != 0 {
			t.Errorf("%s: found %v", in.name, a.Matches)
		}
	}
}
