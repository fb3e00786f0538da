package goals_test

import (
	"slices"
	"testing"
	"time"

	"github.com/recoverykit/recovery/goals"
)

// FuzzAnalyzeText checks, in English and in Spanish, that AnalyzeText never
// panics, that every match's offsets lie inside the text on UTF-8
// boundaries, that matches are sorted and do not overlap, that the UTF-16
// offsets agree with the byte offsets, and that the result does not depend
// on anything but the input, and that reading plain words on the fast path
// finds what reading every word with the module's scanner finds.
func FuzzAnalyzeText(f *testing.F) {
	for _, tc := range textCases {
		f.Add(tc.text, int64(0))
	}
	for _, s := range textFuzzSeeds {
		f.Add(s, int64(0))
	}
	f.Add(textSeedHeading+"\n"+textSeedSteps[0], int64(86400*300))
	f.Add("no later than the 1st of December 2026, at least 3 times a week", int64(-86400*40))
	f.Add("I’ll \xff\xfe by Friday ☺ 2026-02-29", int64(3600))
	f.Add("0\x9eB", int64(-49)) // a word ends before a stray continuation byte
	// Rules that look past the last word ("to" before an amount).
	for _, s := range []string{"cut back to", "I want to cut back to", "reduce drinking to"} {
		f.Add(s, int64(0))
	}
	for _, s := range []string{"bajar a", "Quiero bajar a", "reducir a", "bajar a."} {
		f.Add(s, int64(2))
	}
	f.Fuzz(func(t *testing.T, text string, offset int64) {
		ref := textRef.Add(time.Duration(offset%(1<<40)) * time.Second)
		opts := &goals.TextOptions{Language: "en", DayFirst: offset&1 == 1}
		if offset&2 == 2 {
			opts.Language = "es"
		}
		a := goals.AnalyzeText(text, ref, opts)
		textCheckInvariants(t, text, a)
		spans := a.UTF16Spans(text)
		if len(spans) != len(a.Matches) {
			t.Fatalf("%d UTF-16 spans for %d matches", len(spans), len(a.Matches))
		}
		for i, m := range a.Matches {
			if spans[i].Start > m.Start || spans[i].End > m.End || spans[i].End-spans[i].Start > m.End-m.Start {
				t.Fatalf("match %d: UTF-16 span %v for bytes [%d,%d)", i, spans[i], m.Start, m.End)
			}
		}
		b := goals.AnalyzeText(text, ref, opts)
		if len(a.Matches) != len(b.Matches) {
			t.Fatalf("two calls disagree: %d and %d findings", len(a.Matches), len(b.Matches))
		}
		for i := range a.Matches {
			if a.Matches[i] != b.Matches[i] {
				t.Fatalf("two calls disagree on finding %d", i)
			}
		}
		app := goals.AppendMatches(slices.Clone(appendPrefix), text, ref, opts)
		if len(app) != len(appendPrefix)+len(a.Matches) || !slices.Equal(app[:len(appendPrefix)], appendPrefix) || !slices.Equal(app[len(appendPrefix):], a.Matches) {
			t.Fatalf("AppendMatches after a prefix disagrees with AnalyzeText")
		}
		if all := goals.AnalyzeTextTryingAll(text, ref, opts); !slices.Equal(all.Matches, a.Matches) {
			t.Fatalf("the rule-out tables change the reading: %+v, trying all %+v", a.Matches, all.Matches)
		}
		s := goals.AnalyzeTextScanOnly(text, ref, opts)
		if len(a.Matches) != len(s.Matches) {
			t.Fatalf("the fast path finds %d, the scanner alone %d", len(a.Matches), len(s.Matches))
		}
		for i := range a.Matches {
			if a.Matches[i] != s.Matches[i] {
				t.Fatalf("the fast path and the scanner alone disagree on finding %d: %+v and %+v", i, a.Matches[i], s.Matches[i])
			}
		}
	})
}

// textFuzzSeeds are sentences of the evaluation sets' kinds, in both
// languages, to start the fuzzer where the rules are.
var textFuzzSeeds = []string{
	"I will go to 2 to 3 meetings a week by 4/15 at 9am",
	"no more than twice a week, every other day, 3x/wk, $1,200 or more",
	"I have been sober since March 1; last Friday I called 988",
	"before my court date, by mid-April, Tuesday the 10th, in a couple of weeks",
	"Voy a caminar al menos 3 veces por semana a más tardar el viernes a las 7 de la tarde",
	"Dejé la cocaína hace dos años; los lunes y miércoles; cada quince días; un día sí y otro no",
	"entre 2 y 3 veces, de 30 a 45 minutos, cuarenta y cinco dólares, para el 5/4",
}
