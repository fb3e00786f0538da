package crisis_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recoverykit/recovery/phi"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/crisis"
)

var update = flag.Bool("update", false, "rewrite golden files")

// longWordsPlan has words and a number longer than a narrow card, control
// characters and a line break in the person's words.
func longWordsPlan() crisis.OverdosePlan {
	p := examplePlan()
	p.EmergencyNumbers = []phi.Phone{"911", "+1 (555) 555-0199"}
	p.NaloxoneCarrier.Name = "Alexandrina-Konstantinopoulou"
	p.NaloxoneLocation = "Supercalifragilisticexpialidocious\nbox\x07 under the sink"
	p.OtherSteps = []phi.Words{"Use https://example.org/never-use-alone-spotting-line when alone", "  "}
	return p
}

var cardCases = []struct {
	name string
	plan func() crisis.OverdosePlan
	opts *crisis.CardOptions
}{
	{name: "complete_default", plan: examplePlan},
	{name: "complete_narrow", plan: examplePlan, opts: &crisis.CardOptions{Width: 24}},
	{name: "long_words_narrow", plan: longWordsPlan, opts: &crisis.CardOptions{Width: 20}},
	{name: "too_narrow_is_raised", plan: longWordsPlan, opts: &crisis.CardOptions{Width: 3, Title: "Alex's card"}},
	{name: "empty", plan: func() crisis.OverdosePlan { return crisis.OverdosePlan{} }},
	{
		name: "odd_input",
		plan: func() crisis.OverdosePlan {
			return crisis.OverdosePlan{
				EmergencyNumbers: []phi.Phone{" 911 ", "\t", "+1  555\u00a0555 0199", "\x07 555 0142 \x1b"},
				CheckIn:          crisis.Contact{Name: "\x07", Phone: "\x1b[31m"},
				CheckInHow:       "\x00\x01",
				OtherSteps:       []phi.Words{"caf\xe9 \u00e9t\u00e9 \u65e5\u672c\u8a9e"},
			}
		},
		opts: &crisis.CardOptions{Width: 16, Title: "\n"},
	},
	{
		name: "partial",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.EmergencyNumbers = nil
			p.NaloxoneLocation = ""
			p.CheckIn = crisis.Contact{}
			p.CheckInBy = nil
			p.CheckInHow = ""
			return p
		},
	},
}

func TestPocketCardGolden(t *testing.T) {
	for _, tt := range cardCases {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.plan().PocketCard(tt.opts)
			path := filepath.Join("testdata", "card_"+tt.name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./crisis -update to create the golden file")
			assert.Equal(t, string(want), got)
			assertFits(t, got, cardWidth(tt.opts))
			assert.Equal(t, got, tt.plan().PocketCard(tt.opts), "the same plan gives the same card")
		})
	}
}

func cardWidth(o *crisis.CardOptions) int {
	if o == nil || o.Width == 0 {
		return crisis.DefaultCardWidth
	}
	return min(max(o.Width, crisis.MinCardWidth), crisis.MaxCardWidth)
}

// assertFits checks that every line of card fits width and that card ends
// in a newline.
func assertFits(t *testing.T, card string, width int) {
	t.Helper()
	assert.True(t, strings.HasSuffix(card, "\n"), "card ends in a newline")
	assert.True(t, utf8.ValidString(card))
	for i, line := range strings.Split(strings.TrimSuffix(card, "\n"), "\n") {
		assert.LessOrEqual(t, utf8.RuneCountInString(line), width, "line %d: %q", i+1, line)
		assert.Equal(t, line, strings.TrimRight(line, " "), "line %d has trailing spaces", i+1)
	}
}

func TestPocketCardNumbersFirst(t *testing.T) {
	card := examplePlan().PocketCard(nil)
	lines := strings.Split(card, "\n")
	require.Greater(t, len(lines), 6)
	assert.Equal(t, "EMERGENCY: 911, 988", lines[2])
	assert.Less(t, strings.Index(card, "555-0142"), strings.Index(card, "Naloxone kept"))
	assert.Less(t, strings.Index(card, "555-0101"), strings.Index(card, "Other steps"))
}

func TestPocketCardKeepsPhoneWhole(t *testing.T) {
	card := longWordsPlan().PocketCard(&crisis.CardOptions{Width: 24})
	assert.Contains(t, card, "+1 (555) 555-0199")
	assert.NotContains(t, card, "\x07")

	// Too long for the narrowest card: broken between groups of digits.
	card = longWordsPlan().PocketCard(&crisis.CardOptions{Width: crisis.MinCardWidth})
	assert.Contains(t, card, "\n  +1 (555)\n  555-0199\n")
}

// TestPocketCardLongInput draws a card from a plan with 1 MiB words (far
// beyond what Validate accepts): every rune is drawn and every line fits.
// Breaking a word takes time linear in its length; the long_words benchmarks
// show the cost, and a quadratic break would make this test run for minutes.
func TestPocketCardLongInput(t *testing.T) {
	long := strings.Repeat("z", 1<<20)
	p := crisis.OverdosePlan{
		EmergencyNumbers: []phi.Phone{phi.Phone(strings.Repeat("5 ", 1<<19))},
		NaloxoneLocation: phi.Words(long),
	}
	card := p.PocketCard(&crisis.CardOptions{Width: crisis.MinCardWidth})
	assertFits(t, card, crisis.MinCardWidth)
	assert.Equal(t, 1<<20, strings.Count(card, "z"), "every rune is drawn")
}

// noTime leaves the time out of log lines, so that a check for a number
// cannot match the clock.
var noTime = &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}}

func TestLogValueRedacts(t *testing.T) {
	values := []struct {
		name string
		v    any
		keep []string
	}{
		{"overdose plan", examplePlan(), []string{"30000000-0000-4000-8000-000000000001", "50000000-0000-4000-8000-000000000002", "lost-tolerance", "in-person"}},
		{"safety plan", exampleSafetyPlan(), []string{"30000000-0000-4000-8000-000000000002", `"askForHelp":1`}},
		{"toolbox", exampleToolbox(), []string{"30000000-0000-4000-8000-000000000003", `"feel-better":1`, `"triggers":1`}},
		{"tool", exampleToolbox().Tools[1], []string{"laugh"}},
		{"cue", exampleToolbox().Triggers[0], []string{`"action":"[redacted]"`}},
		{"contact", examplePlan().CheckIn, []string{"50000000-0000-4000-8000-000000000001"}},
	}
	private := []string{"Alex", "Jordan", `"Sam"`, "Sam ", "555-01", "555-0123", "backpack", "9 pm", "Never use alone",
		"answering", "guitar", "library", "brother", "friend", "peer specialist", "sitcoms", "Payday", "Skipping", "911"}
	for _, tt := range values {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			slog.New(slog.NewJSONHandler(&buf, noTime)).Info("x", "v", tt.v)
			out := buf.String()
			for _, s := range private {
				assert.NotContains(t, out, s)
			}
			for _, s := range tt.keep {
				assert.Contains(t, out, s)
			}
			assert.True(t, json.Valid(buf.Bytes()))
			str := tt.v.(interface{ String() string }).String()
			for _, s := range private {
				assert.NotContains(t, str, s)
			}
		})
	}
}

func TestStringPrintsIDsOnly(t *testing.T) {
	assert.Equal(t, "overdose-plan 30000000-0000-4000-8000-000000000001", examplePlan().String())
	assert.Equal(t, "safety-plan 30000000-0000-4000-8000-000000000002", exampleSafetyPlan().String())
	assert.Equal(t, "toolbox 30000000-0000-4000-8000-000000000003", exampleToolbox().String())
	assert.Equal(t, "contact", crisis.Contact{Name: "Alex"}.String())
	assert.Equal(t, "tool laugh", exampleToolbox().Tools[1].String())
	assert.Equal(t, "cue", exampleToolbox().Triggers[0].String())
}

func TestToolboxSection(t *testing.T) {
	tb := exampleToolbox()
	assert.Equal(t, []string{"Old sitcoms with Sam"}, tb.Section(crisis.SectionLaugh))
	assert.Nil(t, tb.Section(crisis.SectionSleep))
}
