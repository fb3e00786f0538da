package quality_test

import (
	"testing"

	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/quality"
)

// FuzzVoice puts any text in a goal's statement and a strength the person
// named, and checks that Score never panics, that every criterion stays in
// [0, 1], and that the same text written about the person ("Client will
// ...") never counts as their own words.
func FuzzVoice(f *testing.F) {
	for _, pp := range tunedPairs {
		for _, g := range pp.better().Goals {
			f.Add(string(g.Statement))
		}
	}
	for _, s := range []string{"", " ", "我想找工作", "Quiero dormir mejor", "j'ai besoin d'un logement", "I’m ready",
		"\u202Emy own place", "THE CLIENT WILL", "Stubborn, in a good way.", "Tôi muốn", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		p := richPlan()
		p.Goals[0].Statement = phi.Words(text)
		p.Strengths.Strengths[0].Statement = phi.Words(text)
		q := quality.Score(p, at, nil)
		for _, c := range q.Criteria {
			if !(c.Score >= 0 && c.Score <= 1) {
				t.Fatalf("%s scored %v", c.Criterion, c.Score)
			}
		}
		p.Goals[0].Statement = phi.Words("Client will " + text)
		third, _ := quality.Score(p, at, nil).Criterion(quality.CriterionOwnWords)
		own, _ := q.Criterion(quality.CriterionOwnWords)
		if third.Score > own.Score {
			t.Fatalf("written about the person scored %v above %v for %q", third.Score, own.Score, text)
		}
	})
}
