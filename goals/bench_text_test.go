package goals_test

import (
	"strings"
	"testing"

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

// BenchmarkAnalyzeText measures AnalyzeText against the floor, one pass
// over the same bytes with a 256-entry table (target: at least 0.15x). The
// "append" runs are AppendMatches into one reused buffer, which allocates
// nothing.
func BenchmarkAnalyzeText(b *testing.B) {
	for _, in := range textBenchInputs() {
		b.Run(in.name, func(b *testing.B) {
			textfloor.Ratio(b, in.text, func() { goals.AnalyzeText(in.text, textRef, nil) })
		})
		b.Run(in.name+"-append", func(b *testing.B) {
			var buf []goals.Match
			textfloor.Ratio(b, in.text, func() { buf = goals.AppendMatches(buf[:0], in.text, textRef, nil) })
		})
	}
}

// BenchmarkAnalyzeTextSpanish is BenchmarkAnalyzeText on a Spanish step.
func BenchmarkAnalyzeTextSpanish(b *testing.B) {
	step := "Me comprometo a ir al menos a 3 reuniones por semana y voy a llamar a dos o tres dueños de departamentos antes del viernes a las 10; quiero ahorrar 50 dólares cada semana hasta fin de mes."
	opts := &goals.TextOptions{Language: "es"}
	textfloor.Ratio(b, step, func() { goals.AnalyzeText(step, textRef, opts) })
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
