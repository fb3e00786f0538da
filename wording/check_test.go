package wording_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/wording"
)

// hit is an expected finding: the rule and the text it covers.
type hit struct {
	rule       string
	start, end int
}

var languageCases = []struct {
	name string
	text string
	want []hit
}{
	{"empty", "", nil},
	{"clean plan text", "I want to find a place to live by this time next week.", nil},
	{"addict", "He is an addict.", []hit{{"addict", 9, 15}}},
	{"addict upper case", "ADDICT", []hit{{"addict", 0, 6}}},
	{"addicts plural", "addicts and others", []hit{{"addict", 0, 7}}},
	{"addiction is not flagged", "Recovery from addiction is possible; addictive patterns change.", nil},
	{"addict inside a word is not flagged", "nonaddict addictx xaddict", nil},
	{"addict with possessive", "the addict's family", []hit{{"addict", 4, 10}}},
	{"drug addict phrase", "a drug addict", []hit{{"addict", 2, 13}}},
	{"former addict wins over addict", "a former addict", []hit{{"former-addict", 2, 15}}},
	{"ex-addict", "an ex-addict", []hit{{"former-addict", 3, 12}}},
	{"phrase across newline and tabs", "drug\n\t  seeking", []hit{{"drug-seeking", 0, 15}}},
	{"phrase with hyphen", "Drug-Seeking behaviour", []hit{{"drug-seeking", 0, 12}}},
	{"phrase with spaced hyphen", "drug - seeking", []hit{{"drug-seeking", 0, 14}}},
	{"two hyphens break a phrase", "drug--seeking", nil},
	{"comma breaks a phrase", "drug, seeking", nil},
	{"non-compliant spellings", "non-compliant; noncompliant; non compliant",
		[]hit{{"non-compliant", 0, 13}, {"non-compliant", 15, 27}, {"non-compliant", 29, 42}}},
	{"frequent flyer", "called a frequent flyer", []hit{{"frequent-flyer", 9, 23}}},
	{"manipulative", "was manipulative", []hit{{"manipulative", 4, 16}}},
	{"substance abuse", "history of substance abuse", []hit{{"substance-abuse", 11, 26}}},
	{"abuse alone is not flagged", "survived abuse as a child", nil},
	{"prescription drug abuse longest", "prescription drug abuse", []hit{{"prescription-abuse", 0, 23}}},
	{"clean phrases", "got clean in May; dirty urine once", []hit{{"clean", 0, 9}, {"dirty-test", 18, 29}}},
	{"clean alone is not flagged", "I keep my room clean and tidy", nil},
	{"high alone is not flagged", "high school, highway, high hopes", nil},
	{"getting high", "stopped getting high", []hit{{"getting-high", 8, 20}}},
	{"user alone is not flagged", "user interface", nil},
	{"drug users", "drug users", []hit{{"drug-user", 0, 10}}},
	{"suicide language", "he committed suicide; a failed suicide attempt",
		[]hit{{"commit-suicide", 3, 20}, {"suicide-outcome", 24, 46}}},
	{"suffering from", "suffering from depression", []hit{{"suffering-from", 0, 14}}},
	{"mentally ill", "the mentally ill", []hit{{"mentally-ill", 0, 16}}},
	{"medication-assisted treatment", "on medication assisted treatment", []hit{{"medication-assisted-treatment", 3, 32}}},
	{"yoga mat is not MAT", "bring a yoga MAT", nil},
	{"non-ASCII around a term", "café addict ünd", []hit{{"addict", 6, 12}}},
	{"curly apostrophe", "addict\u2019s", []hit{{"addict", 0, 6}}},
	{"non-breaking space joins", "frequent\u00a0flyer", []hit{{"frequent-flyer", 0, 15}}},
	{"letter glued to term is one word", "addictö", nil},
	{"invalid UTF-8", "\xffaddict\xfe", []hit{{"addict", 1, 7}}},
	{"phrase prefix without end", "former", nil},
	{"prefix then other term", "drug addicts drug", []hit{{"addict", 0, 12}}},
	{"admits to", "admits to using", []hit{{"admits-to", 0, 9}}},
	{"admits alone is not flagged", "the shelter admits families", nil},
	{"struggling with alone is not flagged", "struggling with the bus times", nil},
	{"struggling with addiction", "struggling with addiction", []hit{{"suffering-from", 0, 25}}},
	{"crazy", "not crazy, not insane", []hit{{"crazy", 4, 9}, {"crazy", 15, 21}}},
}

func TestCheck(t *testing.T) {
	for _, tc := range languageCases {
		t.Run(tc.name, func(t *testing.T) {
			got := wording.Check(tc.text, wording.WhoseTeam, nil)
			var hits []hit
			for _, f := range got {
				hits = append(hits, hit{f.Rule, f.Start, f.End})
			}
			assert.Equal(t, tc.want, hits)
			for _, f := range got {
				assert.NotEmpty(t, f.Prefer, f.Rule)
				assert.NotEmpty(t, f.Term, f.Rule)
				assert.True(t, f.Source.IsValid(), f.Rule)
			}
		})
	}
}

func TestCheckFindingFields(t *testing.T) {
	got := wording.Check("She was labelled non-compliant.", wording.WhoseTeam, nil)
	require.Len(t, got, 1)
	f := got[0]
	assert.Equal(t, "non-compliant", f.Rule)
	assert.Equal(t, "non-compliant", f.Term)
	assert.Equal(t, wording.SourceClinicalNotes, f.Source)
	assert.Equal(t, "chooses not to; has concerns about", f.Prefer)
	assert.Equal(t, "non-compliant@17-30", f.String())

	got = wording.Check("an Addict", wording.WhoseTeam, nil)
	require.Len(t, got, 1)
	assert.Equal(t, wording.SourceNIDA, got[0].Source)
	assert.Equal(t, "person with a substance use disorder; person who uses drugs", got[0].Prefer)
}

func TestLanguageSourceIsValid(t *testing.T) {
	for _, s := range []wording.Source{wording.SourceNIDA, wording.SourceAAP, wording.SourceCAMH,
		wording.SourceONDCP, wording.SourceAddictionSurvivors, wording.SourceClinicalNotes} {
		assert.True(t, s.IsValid(), s)
	}
	assert.False(t, wording.Source("").IsValid())
	assert.False(t, wording.Source("NIDA").IsValid())
}

func TestCheckLinear(t *testing.T) {
	// A long run of phrase prefixes must not make the matcher backtrack: the
	// finding count grows with the text, and every finding is in order.
	text := strings.Repeat("former drug drug seeking frequent ", 2000)
	got := wording.Check(text, wording.WhoseTeam, nil)
	assert.Len(t, got, 2000)
	checkFindings(t, text, got)
}

// checkFindings asserts the invariants every result must keep.
func checkFindings(t *testing.T, text string, got []wording.Flag) {
	t.Helper()
	// The rune boundaries, as a range loop decodes text (an invalid byte is
	// one rune of its own).
	boundary := map[int]bool{len(text): true}
	for i := range text {
		boundary[i] = true
	}
	prev := 0
	for _, f := range got {
		if !assert.True(t, prev <= f.Start && f.Start < f.End && f.End <= len(text), "offsets %d-%d after %d in %d bytes", f.Start, f.End, prev, len(text)) {
			return
		}
		assert.True(t, boundary[f.Start], "start on a rune boundary")
		assert.True(t, boundary[f.End], "end on a rune boundary")
		if utf8.ValidString(text) {
			assert.True(t, utf8.ValidString(text[f.Start:f.End]), "the term is valid UTF-8")
		}
		prev = f.End
	}
}

func FuzzCheck(f *testing.F) {
	for _, tc := range languageCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := wording.Check(text, wording.WhoseTeam, nil)
		checkFindings(t, text, got)
		for _, g := range got {
			if g.Rule == "" || g.Prefer == "" || !g.Source.IsValid() {
				t.Fatalf("incomplete finding %+v", g)
			}
		}
	})
}

func BenchmarkCheck(b *testing.B) {
	para := "I want to find a place to live. My brother Sam helps me; I stay clean and sober " +
		"and I am not an addict, I am a person in wording. I will call at least 3 landlords by Friday. "
	for _, size := range []struct {
		name string
		n    int
	}{{"200B", 1}, {"100KB", 100 * 1024 / len(para)}} {
		text := strings.Repeat(para, size.n)
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				wording.Check(text, wording.WhoseTeam, nil)
			}
		})
	}
}

// TestLanguageRulesMatchTheirTerms checks the table against the matcher: each
// term, alone, in upper case and inside a sentence, is found by its own rule.
func TestLanguageRulesMatchTheirTerms(t *testing.T) {
	rules := wording.Rules()
	require.NotEmpty(t, rules)
	codes := map[string]bool{}
	for _, r := range rules {
		assert.False(t, codes[r.Rule], "rule %s listed twice", r.Rule)
		codes[r.Rule] = true
		assert.True(t, r.Source.IsValid(), r.Rule)
		assert.NotEmpty(t, r.Prefer, r.Rule)
		require.NotEmpty(t, r.Terms, r.Rule)
		for _, term := range r.Terms {
			for _, text := range []string{term, strings.ToUpper(term), "We noted: " + term + "."} {
				got := wording.Check(text, wording.WhoseTeam, nil)
				if assert.Len(t, got, 1, "%q", text) {
					assert.Equal(t, r.Rule, got[0].Rule, "%q", text)
					assert.Equal(t, strings.ToLower(term), strings.ToLower(text[got[0].Start:got[0].End]))
				}
			}
		}
	}
	// The result is a copy.
	rules[0].Terms[0] = "changed"
	assert.NotEqual(t, "changed", wording.Rules()[0].Terms[0])
}
