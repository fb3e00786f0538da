package goals_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/phi"
)

// TestAnalyzeTextPrefixes reads every prefix of every evaluation sentence
// that ends at a word: a person's text is often cut short ("I want to cut
// back to"), and a rule that looks past the last word must find nothing
// there rather than fail.
func TestAnalyzeTextPrefixes(t *testing.T) {
	for _, file := range []string{"goals_en.jsonl", "goals_es.jsonl"} {
		f, err := os.Open("testdata/eval/" + file)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			var row struct{ Text, Lang string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &row))
			for _, opts := range []*goals.TextOptions{nil, {Language: "es"}, {DayFirst: true}} {
				words := strings.Fields(row.Text)
				for i := 1; i <= len(words); i++ {
					for _, text := range []string{strings.Join(words[:i], " "), strings.Join(words[:i], " ") + "."} {
						require.NotPanics(t, func() { goals.AnalyzeText(text, textRef, opts) }, "%q", text)
						n++
					}
				}
			}
		}
		require.NoError(t, sc.Err())
		require.NoError(t, f.Close())
		require.Greater(t, n, 1000)
	}
}

// TestTextEndsOnARuleWord checks texts that stop where a rule expects more:
// nothing is found past the end, and a goal written so is judged, not lost.
func TestTextEndsOnARuleWord(t *testing.T) {
	for _, tt := range []struct {
		text string
		lang string
	}{
		{"cut back to", "en"}, {"I want to cut back to", "en"}, {"reduce drinking to", "en"}, {"I will cut down to", "en"},
		{"bajar a", "es"}, {"Quiero bajar a", "es"}, {"reducir a", "es"}, {"bajar a.", "es"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			a := goals.AnalyzeText(tt.text, textRef, &goals.TextOptions{Language: tt.lang})
			require.False(t, a.Measurable(), "no amount follows")
			c := goals.CheckWith(goals.SMARTGoal{Statement: phi.Words(tt.text), Status: goals.StatusActive}, textRef, &goals.TextOptions{Language: tt.lang})
			require.Len(t, c.Verdicts, 5)
		})
	}
}
