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
		name: "cjk_narrow",
		plan: func() crisis.OverdosePlan {
			p := examplePlan()
			p.NaloxoneLocation = "我会把纳洛酮放在背包前面的口袋里"
			p.OtherSteps = []phi.Words{"절대 혼자 사용하지 않기", "ひとりで使わない"}
			p.CheckInHow = "\u202E晚上九点给我发短信\u202C"
			return p
		},
		opts: &crisis.CardOptions{Width: 20},
	},
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
		assert.LessOrEqual(t, crisis.DisplayWidth(line), width, "line %d: %q", i+1, line)
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

// TestPocketCardDisplayWidth: wide characters take two columns, so a card
// in Chinese, Japanese or Korean never runs past its width.
func TestPocketCardDisplayWidth(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"chinese", "我会把纳洛酮放在背包前面的口袋里，朋友家也有一套备用的"},
		{"japanese", "ナロキソンはリュックの前ポケットに入れておきます"},
		{"korean", "날록손은 배낭 앞주머니에 넣어 두고 친구 집에도 하나 있어요"},
		{"mixed", "Naloxone 在我的背包里 and at Alex's 家"},
		{"combining", "cafe\u0301 e\u0301te\u0301 with accents that combine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := examplePlan()
			p.NaloxoneLocation = phi.Words(tt.text)
			p.OtherSteps = []phi.Words{phi.Words(tt.text)}
			card := p.PocketCard(&crisis.CardOptions{Width: 20})
			for i, line := range strings.Split(strings.TrimSuffix(card, "\n"), "\n") {
				assert.LessOrEqual(t, crisis.DisplayWidth(line), 20, "line %d: %q", i+1, line)
			}
			// Nothing of the text is lost: its runes are all on the card.
			for _, r := range strings.ReplaceAll(tt.text, " ", "") {
				assert.Contains(t, card, string(r))
			}
		})
	}
}

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"日本語", 6}, {"한국어", 6}, {"ＡＢ", 4}, {"e\u0301", 1},
		{"\u200b", 0}, {"a\tb", 2}, {"été", 3},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, crisis.DisplayWidth(tt.s), "%q", tt.s)
	}
}

// TestPocketCardBidiControls: controls that could reorder what the card shows
// are dropped.
func TestPocketCardBidiControls(t *testing.T) {
	p := examplePlan()
	p.NaloxoneLocation = "In my \u202Ebag\u202C and \u2067at Alex's\u2069 \u202A\u202B\u202D\u2066\u2068"
	card := p.PocketCard(nil)
	for r := rune(0x202A); r <= 0x202E; r++ {
		assert.NotContains(t, card, string(r))
	}
	for r := rune(0x2066); r <= 0x2069; r++ {
		assert.NotContains(t, card, string(r))
	}
	assert.Contains(t, card, "Naloxone kept: In my bag and at Alex's\n")
}

// TestPocketCardCheckInChannels: "By:" belongs to the check-in person and is
// never printed under the naloxone carrier.
func TestPocketCardCheckInChannels(t *testing.T) {
	p := examplePlan()
	p.CheckIn = crisis.Contact{}
	card := p.PocketCard(nil)
	assert.NotContains(t, card, "By:")
	assert.NotContains(t, card, "Check on me:")
	assert.Contains(t, card, "Has naloxone: Alex")

	card = examplePlan().PocketCard(nil)
	i, j := strings.Index(card, "Check in with:"), strings.Index(card, "By:")
	require.True(t, i >= 0 && j > i, "By: follows the check-in person")
}
