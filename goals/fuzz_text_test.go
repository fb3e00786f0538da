package goals_test

import (
	"testing"
	"time"

	"github.com/recoverykit/recovery/goals"
)

// FuzzAnalyzeText checks that AnalyzeText never panics, that every finding's
// offsets lie inside the text on UTF-8 boundaries, that findings are sorted
// and do not overlap, and that the result does not depend on anything but
// the input.
func FuzzAnalyzeText(f *testing.F) {
	for _, tc := range textCases {
		f.Add(tc.text, int64(0))
	}
	f.Add(textSeedHeading+"\n"+textSeedSteps[0], int64(86400*300))
	f.Add("no later than the 1st of December 2026, at least 3 times a week", int64(-86400*40))
	f.Add("I’ll \xff\xfe by Friday ☺ 2026-02-29", int64(3600))
	f.Add("0\x9eB", int64(-49)) // a word ends before a stray continuation byte
	f.Fuzz(func(t *testing.T, text string, offset int64) {
		ref := textRef.Add(time.Duration(offset%(1<<40)) * time.Second)
		a := goals.AnalyzeText(text, ref)
		textCheckInvariants(t, text, a)
		b := goals.AnalyzeText(text, ref)
		if len(a.Findings) != len(b.Findings) {
			t.Fatalf("two calls disagree: %d and %d findings", len(a.Findings), len(b.Findings))
		}
		for i := range a.Findings {
			if a.Findings[i] != b.Findings[i] {
				t.Fatalf("two calls disagree on finding %d", i)
			}
		}
	})
}
