package goals_test

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
)

// appendPrefix stands for matches a buffer holds before AppendMatches,
// among them a whole day's deadline, which a time of day in the text must
// not set.
var appendPrefix = []goals.Match{
	{Rule: goals.RuleFrequency, Start: 1, End: 2, Amount: 3, Per: goals.UnitWeek},
	{Rule: goals.RuleWeekday, Start: 3, End: 4, Deadline: textRef},
	{Rule: goals.RuleRelativeDay, Start: 5, End: 6, Deadline: time.Date(2026, time.March, 3, 23, 59, 59, 0, time.UTC)},
}

// appendJunk is a buffer of n matches of nonsense, for the spare capacity
// of a reused buffer: AppendMatches must write every field of what it
// appends.
func appendJunk(n int) []goals.Match {
	junk := make([]goals.Match, n)
	for i := range junk {
		junk[i] = goals.Match{Rule: goals.RuleVagueTime, Start: 99, End: 100, Deadline: textRef, Amount: 7, Upper: 9,
			Comparator: goals.ComparatorAtMost, Unit: goals.UnitMinute, Per: goals.UnitDay, Every: 3}
	}
	return junk
}

func TestAppendMatches(t *testing.T) {
	type text struct{ text, lang string }
	var texts []text
	for _, tc := range textCases {
		texts = append(texts, text{tc.text, "en"})
	}
	for _, s := range textFuzzSeeds {
		texts = append(texts, text{s, "en"}, text{s, "es"})
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "eval", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		for _, c := range readEvalFile(t, p) {
			texts = append(texts, text{c.Text, c.Lang})
		}
	}
	// Many sentences in one text: the deadlines of each sentence are
	// resolved among its own matches, which a prefix must not join.
	var long strings.Builder
	for _, tx := range texts[:200] {
		long.WriteString(tx.text + ". ")
	}
	texts = append(texts, text{long.String(), "en"}, text{"call at 9am", "en"}, text{"on Friday at 5 pm", "en"})

	var reused []goals.Match
	found := 0
	for _, tx := range texts {
		opts := &goals.TextOptions{Language: tx.lang}
		want := goals.AnalyzeText(tx.text, textRef, opts).Matches
		found += len(want)
		assert.Equal(t, want, goals.AppendMatches(nil, tx.text, textRef, opts), tx.text)
		// A buffer with room, one without, and one that holds matches.
		for _, dst := range [][]goals.Match{make([]goals.Match, 0, 64), make([]goals.Match, 0, 1), slices.Clone(appendPrefix)} {
			n := len(dst)
			got := goals.AppendMatches(dst, tx.text, textRef, opts)
			require.GreaterOrEqual(t, len(got), n)
			assert.Equal(t, dst[:n], got[:n], "what dst held is kept")
			if len(want) == 0 {
				assert.Len(t, got, n, tx.text)
			} else {
				assert.Equal(t, want, got[n:], tx.text)
			}
		}
		// One buffer for every text, as a caller that reads as a person
		// types, its spare capacity holding what earlier calls left.
		if cap(reused) == 0 {
			reused = appendJunk(64)
		}
		reused = goals.AppendMatches(reused[:0], tx.text, textRef, opts)
		if len(want) == 0 {
			assert.Empty(t, reused, tx.text)
		} else {
			assert.Equal(t, want, reused, tx.text)
		}
		reused = append(reused[:0], appendJunk(min(64, cap(reused)))...)
	}
	assert.Greater(t, found, 1000, "the texts exercise the rules")
}

func TestAppendMatchesNoAllocationWithRoom(t *testing.T) {
	buf := make([]goals.Match, 0, 64)
	allocs := testing.AllocsPerRun(20, func() {
		buf = goals.AppendMatches(buf[:0], textStep, textRef, nil)
	})
	assert.Zero(t, allocs)
	assert.NotEmpty(t, buf)
}

// TestRuleOutTablesRuleOutNoMatch reads the evaluation sentences, the fuzz
// seeds and generated texts both as AnalyzeText does and trying every rule
// family at every word: the tables that spare the tries the next word rules
// out (text_ruleout.go) must never change a result.
func TestRuleOutTablesRuleOutNoMatch(t *testing.T) {
	var texts []string
	for _, tc := range textCases {
		texts = append(texts, tc.text)
	}
	texts = append(texts, textFuzzSeeds...)
	// Words after which only a few next words let a family match.
	texts = append(texts, "I want to cut down on drinking", "I quit 2 hundred days ago", "drink more then 3 glasses", "finish it on early May",
		"at 9 am, on the 15th, in 2 weeks, no later than Friday, a dozen, up to 3, deal with it, so much, one of these days")
	paths, err := filepath.Glob(filepath.Join("testdata", "eval", "*.jsonl"))
	require.NoError(t, err)
	var words []string
	for _, p := range paths {
		for _, c := range readEvalFile(t, p) {
			texts = append(texts, c.Text)
			words = append(words, strings.Fields(c.Text)...)
		}
	}
	// Texts of the sentences' words in a random order, with breaks.
	rng := rand.New(rand.NewPCG(11, 17))
	seps := []string{" ", " ", " ", ", ", ". ", "; ", " - ", "\n"}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, text := range texts {
		for _, opts := range []*goals.TextOptions{nil, {DayFirst: true}, {Language: "es"}} {
			want := goals.AnalyzeTextTryingAll(text, textRef, opts).Matches
			found += len(want)
			if got := goals.AnalyzeText(text, textRef, opts).Matches; !slices.Equal(got, want) {
				t.Fatalf("the rule-out tables change the reading of %q (%+v): %+v, trying all %+v", text, opts, got, want)
			}
		}
	}
	assert.Greater(t, found, 10000)
}
