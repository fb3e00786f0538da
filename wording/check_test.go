package wording_test

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/wording"
)

// hit is an expected flag: the rule and the passage it covers.
type hit struct {
	rule wording.Code
	text string
}

var checkCases = []struct {
	name string
	lang string
	text string
	want []hit
}{
	{"empty", "", "", nil},
	{"plain note", "", "Met w/ pt, discussed housing options and next steps.", nil},
	{"addict", "", "He is an addict.", []hit{{wording.CodeAddict, "addict"}}},
	{"upper case", "", "ADDICT", []hit{{wording.CodeAddict, "ADDICT"}}},
	{"addiction is not flagged", "", "Recovery from addiction is possible; addictive patterns change.", nil},
	{"inside a word is not flagged", "", "nonaddict addictx xaddict", nil},
	{"possessive", "", "the addict's family", []hit{{wording.CodeAddict, "addict"}}},
	{"curly possessive", "", "the addict’s family", []hit{{wording.CodeAddict, "addict"}}},
	{"former addict flags addict", "", "a former addict", []hit{{wording.CodeAddict, "addict"}}},
	{"hyphen", "", "Pt is non-compliant.", []hit{{wording.CodeNonCompliant, "non-compliant"}}},
	{"en dash", "", "Pt is non–compliant.", []hit{{wording.CodeNonCompliant, "non–compliant"}}},
	{"em dash", "", "Pt is non—compliant.", []hit{{wording.CodeNonCompliant, "non—compliant"}}},
	{"space", "", "Pt is non compliant.", []hit{{wording.CodeNonCompliant, "non compliant"}}},
	{"spaced dash", "", "Pt is non - compliant.", []hit{{wording.CodeNonCompliant, "non - compliant"}}},
	{"two dashes break a phrase", "", "drug -- seeking", nil},
	{"comma breaks a phrase", "", "drug, seeking", nil},
	{"line break breaks a phrase", "", "drug\nseeking", nil},
	{"no-break space joins", "", "frequent\u00a0flyer", []hit{{wording.CodeFrequentFlyer, "frequent\u00a0flyer"}}},
	{"HIPAA-compliant", "", "HIPAA-compliant release; ADA compliant unit", nil},
	{"not compliant", "", "pt not compliant with lithium", []hit{{wording.CodeNonCompliant, "not compliant"}}},
	{"program names", "", "Attends Alcoholics Anonymous, Narcotics Anonymous, Al-Anon and Adult Children of Alcoholics.", nil},
	{"any name before Anonymous", "", "Drug Addicts Anonymous on Fridays", nil},
	{"idioms", "", "Pt is crazy about her kids; got high marks; finished high school.", nil},
	{"drunk driving class", "", "Enrolled in drunk driving prevention class.", nil},
	{"drunk a person", "", "Pt is a chronic drunk.", []hit{{wording.CodeDrunk, "drunk"}}},
	{"clean things", "", "Kept her apartment clean; clean clothes; clean and safe housing; clean needles.", nil},
	{"clean person", "", "He has been clean for 45 days.", []hit{{wording.CodeCleanPerson, "has been clean"}}},
	{"she's clean", "", "She's clean now.", []hit{{wording.CodeCleanPerson, "She's clean"}}},
	{"clean test", "", "Clean UA today.", []hit{{wording.CodeCleanTest, "Clean UA"}}},
	{"test after colon", "", "UA: clean", []hit{{wording.CodeCleanTest, "UA: clean"}}},
	{"test in brackets", "", "UDS positive (dirty), pt aware", []hit{{wording.CodeDirtyTest, "dirty"}}},
	{"test cups", "", "Brought clean UA cups back.", nil},
	{"urine was dirty", "", "Urine was dirty for THC.", []hit{{wording.CodeDirtyTest, "Urine was dirty"}}},
	{"tested dirty", "", "Clt tested dirty on 3/2.", []hit{{wording.CodeDirtyTest, "tested dirty"}}},
	{"substance abuse", "", "History of substance abuse.", []hit{{wording.CodeSubstanceAbuse, "substance abuse"}}},
	{"child abuse is not flagged", "", "History of child abuse and domestic abuse.", nil},
	{"abuses alcohol", "", "Partner also abuses alcohol.", []hit{{wording.CodeAbuses, "abuses"}}},
	{"abuses a person is not flagged", "", "Her partner abuses her.", nil},
	{"abuser of a substance", "", "a poly-substance abuser", []hit{{wording.CodeAbuser, "abuser"}}},
	{"abuser of a person is not flagged", "", "Her ex is her abuser.", nil},
	{"user of a substance", "", "meth user, unhoused", []hit{{wording.CodeUser, "user"}}},
	{"user of a thing is not flagged", "", "user account; the app's users; a wheelchair user", nil},
	{"diagnosis as identity", "", "She is bipolar.", []hit{{wording.CodeDiagnosisLabel, "is bipolar"}}},
	{"diagnosis is not flagged", "", "Primary dx is bipolar II disorder; BP borderline high.", nil},
	{"a schizophrenic", "", "Pt is a schizophrenic w/ 3 admissions.", []hit{{wording.CodeDiagnosisLabel, "a schizophrenic"}}},
	{"admits to behaviour", "", "admits to using meth", []hit{{wording.CodeAdmitsTo, "admits to"}}},
	{"admitted to a unit", "", "Admitted to detox unit; admitted to nursing home.", nil},
	{"suicide", "", "Brother committed suicide; pt is committed to IOP.", []hit{{wording.CodeCommitSuicide, "committed suicide"}}},
	{"suicide attempt", "", "Hx of failed suicide attempt.", []hit{{wording.CodeSuicideOutcome, "failed suicide attempt"}}},
	{"completed a screening", "", "Completed suicide risk assessment.", nil},
	{"suffers from", "", "Client suffers from depression.", []hit{{wording.CodeSufferingFrom, "suffers from"}}},
	{"suffered an injury", "", "Pt suffered a fractured wrist.", nil},
	{"victim of an illness", "", "a victim of addiction; a victim of a robbery", []hit{{wording.CodeVictimOf, "victim of"}}},
	{"habit", "", "spending $200/day on his habit", []hit{{wording.CodeHabit, "his habit"}}},
	{"habit of journaling", "", "has a habit of journaling; her habit of walking", nil},
	{"two flags", "", "Pt is drug-seeking and non-compliant.",
		[]hit{{wording.CodeDrugSeeking, "drug-seeking"}, {wording.CodeNonCompliant, "non-compliant"}}},
	{"quoted person", "", `Pt stated "I'm an addict and proud of my 2 years" at group.`, nil},
	{"curly quoted person", "", "Pt said “I was a junkie for ten years”.", nil},
	{"single-quoted person", "", "PSS shared own story: 'I used to be a junkie myself'", nil},
	{"quote then team text", "", `Pt said "I'm an addict". Team notes pt is an addict.`, []hit{{wording.CodeAddict, "addict"}}},
	{"colon quote ends with its sentence", "", `Pt said: I feel ok today. Pt is an addict.`, []hit{{wording.CodeAddict, "addict"}}},
	{"unclosed quote keeps its flags", "", `Pt said "I'm an addict`, []hit{{wording.CodeAddict, "addict"}}},
	{"scare quotes are the team's", "", `Pt is a "frequent flyer" here.`, []hit{{wording.CodeFrequentFlyer, "frequent flyer"}}},
	{"colon without quotes", "", "Pt stated: I'm an addict. Team: pt is an addict.", []hit{{wording.CodeAddict, "addict"}}},
	{"non-ASCII around a term", "", "café addict ünd", []hit{{wording.CodeAddict, "addict"}}},
	{"invalid UTF-8", "", "\xffaddict\xfe", []hit{{wording.CodeAddict, "addict"}}},
	{"English rules do not read Spanish", "", "Es un adicto.", nil},
	{"Spanish", "es", "Pcte. es un adicto, dio sucio para cocaína.",
		[]hit{{wording.CodeAddict, "adicto"}, {wording.CodeDirtyTest, "dio sucio"}}},
	{"Spanish region", "es-MX", "Paciente incumplidor.", []hit{{wording.CodeNonCompliant, "incumplidor"}}},
	{"Spanish upper case without accents", "ES", "ES ALCOHOLICO", []hit{{wording.CodeAlcoholic, "ALCOHOLICO"}}},
	{"Spanish names", "es", "Asiste a Alcohólicos Anónimos y Narcóticos Anónimos.", nil},
	{"Spanish child abuse", "es", "Historia de abuso infantil y abuso de drogas.", []hit{{wording.CodeSubstanceAbuse, "abuso de drogas"}}},
	{"Spanish clean things", "es", "Se entrega ropa limpia; mantiene la casa limpia; agujas limpias.", nil},
	{"Spanish diagnosis", "es", "Dx trastorno esquizoafectivo, tipo bipolar; es bipolar.", []hit{{wording.CodeDiagnosisLabel, "es bipolar"}}},
	{"Spanish quote", "es", `Pcte dice: "soy alcohólica y llevo dos años sobria"`, nil},
}

func TestCheck(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			got := wording.Check(tc.text, wording.WhoseTeam, &wording.Options{Language: tc.lang})
			var hits []hit
			for _, f := range got {
				hits = append(hits, hit{f.Rule, tc.text[f.Start:f.End]})
			}
			assert.Equal(t, tc.want, hits)
			checkFlags(t, tc.text, got)
		})
	}
}

func TestCheckWhose(t *testing.T) {
	text := "I'm Sam and I'm an alcoholic; I was a junkie and got clean."
	assert.Nil(t, wording.Check(text, wording.WhosePerson, nil), "the person's own words")
	assert.Nil(t, wording.Check(text, "", nil), "the zero value is read as the person's words")
	assert.Nil(t, wording.Check(text, "staff", nil), "so is an invalid value")
	assert.Len(t, wording.Check(text, wording.WhoseTeam, nil), 3)
	assert.Equal(t, []wording.Whose{wording.WhosePerson, wording.WhoseTeam}, wording.Whoses())
	for i, w := range wording.Whoses() {
		assert.True(t, w.IsValid())
		assert.Equal(t, i, w.Index())
	}
	assert.False(t, wording.Whose("").IsValid())
	assert.Equal(t, -1, wording.Whose("Team").Index())
}

func TestFlagString(t *testing.T) {
	got := wording.Check("She was labelled non-compliant.", wording.WhoseTeam, nil)
	require.Len(t, got, 1)
	assert.Equal(t, "non-compliant@17-30", got[0].String())
}

func TestEnums(t *testing.T) {
	for i, f := range wording.Families() {
		assert.True(t, f.IsValid(), f)
		assert.Equal(t, i, f.Index())
	}
	assert.False(t, wording.Family("").IsValid())
	for i, s := range wording.Sources() {
		assert.True(t, s.IsValid(), s)
		assert.Equal(t, i, s.Index())
	}
	assert.False(t, wording.Source("NIDA").IsValid())
	assert.False(t, wording.Code("").IsValid())
	assert.Equal(t, wording.Family(""), wording.Code("nope").Family())
	_, ok := wording.Code("nope").Rule("en")
	assert.False(t, ok)
	_, ok = wording.CodeIVDU.Rule("es")
	assert.False(t, ok, "IVDU has no Spanish rule")
}

// TestRules checks the rule table: every rule is complete, its example is
// flagged by the rule itself, and codes are unique per language.
func TestRules(t *testing.T) {
	rules := wording.Rules()
	require.NotEmpty(t, rules)
	seen := map[string]bool{}
	for _, r := range rules {
		key := r.Language + "/" + string(r.Code)
		assert.False(t, seen[key], "rule %s listed twice", key)
		seen[key] = true
		assert.True(t, r.Code.IsValid(), key)
		assert.True(t, r.Family.IsValid(), key)
		assert.Equal(t, r.Family, r.Code.Family(), key)
		assert.True(t, r.Source.IsValid(), key)
		assert.NotEmpty(t, r.Prefer, key)
		assert.Contains(t, []string{"en", "es"}, r.Language)
		got, ok := r.Code.Rule(r.Language)
		assert.True(t, ok)
		assert.Equal(t, r, got)
		flags := wording.Check(r.Example, wording.WhoseTeam, &wording.Options{Language: r.Language})
		var codes []wording.Code
		for _, f := range flags {
			codes = append(codes, f.Rule)
		}
		assert.Contains(t, codes, r.Code, "%s: the example %q", key, r.Example)
		assert.Empty(t, wording.Check(r.Prefer, wording.WhoseTeam, &wording.Options{Language: r.Language}),
			"%s: the preferred wording is itself clean", key)
	}
	// The result is a copy.
	rules[0].Prefer = "changed"
	assert.NotEqual(t, "changed", wording.Rules()[0].Prefer)
}

// docRules returns the rules the package doc lists, per language: the lines
// of the tables under "# Rules in English" and "# Rules in Spanish", each a
// code, a source and a quoted example.
func docRules(t *testing.T) map[string]map[wording.Code][2]string {
	t.Helper()
	b, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	out := map[string]map[wording.Code][2]string{"en": {}, "es": {}}
	lang := ""
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "// # Rules in English":
			lang = "en"
		case line == "// # Rules in Spanish":
			lang = "es"
		case strings.HasPrefix(line, "// # "):
			lang = ""
		case lang != "" && strings.HasPrefix(line, "//\t"):
			fields := strings.Fields(strings.TrimPrefix(line, "//\t"))
			require.GreaterOrEqual(t, len(fields), 3, line)
			i := strings.Index(line, `"`)
			example, err := strconv.Unquote(line[i:])
			require.NoError(t, err, line)
			out[lang][wording.Code(fields[0])] = [2]string{fields[1], example}
		}
	}
	return out
}

// TestDocListsEveryRule checks that the package doc lists every rule of each
// language, with its source and example, and nothing else.
func TestDocListsEveryRule(t *testing.T) {
	doc := docRules(t)
	n := 0
	for _, r := range wording.Rules() {
		got, ok := doc[r.Language][r.Code]
		if assert.True(t, ok, "the doc does not list %s/%s", r.Language, r.Code) {
			assert.Equal(t, [2]string{string(r.Source), r.Example}, got, "%s/%s", r.Language, r.Code)
		}
		n++
	}
	assert.Equal(t, n, len(doc["en"])+len(doc["es"]), "the doc lists rules that do not exist")
}

// TestEvaluationExercisesEveryRule checks that every rule the doc lists
// flags, rightly, at least one expected phrase of an evaluation file of its
// language.
func TestEvaluationExercisesEveryRule(t *testing.T) {
	fired := map[string]bool{}
	for _, lines := range evalFiles(t) {
		for _, l := range lines {
			want := map[span]bool{}
			for _, s := range expected(t, l) {
				want[s] = true
			}
			for _, f := range runLine(l) {
				if want[span{f.Start, f.End}] {
					fired[l.Lang+"/"+string(f.Rule)] = true
				}
			}
		}
	}
	for lang, rules := range docRules(t) {
		for code := range rules {
			assert.True(t, fired[lang+"/"+string(code)], "no evaluation line exercises %s/%s", lang, code)
		}
	}
}

func TestUTF16Spans(t *testing.T) {
	text := "café 🙂: addict; “non–compliant”"
	flags := wording.Check(text, wording.WhoseTeam, nil)
	require.Len(t, flags, 2)
	spans := wording.UTF16Spans(text, flags)
	require.Len(t, spans, 2)
	units := utf16.Encode([]rune(text))
	for i, f := range flags {
		assert.Equal(t, text[f.Start:f.End], string(utf16.Decode(units[spans[i].Start:spans[i].End])))
	}
	assert.Equal(t, wording.Span{Start: 9, End: 15}, spans[0], "é is one unit, 🙂 two")
	assert.Nil(t, wording.UTF16Spans(text, nil))
}

func TestCheckLinear(t *testing.T) {
	// A long run of near misses must not make the matcher backtrack: the
	// flags grow with the text, in order.
	text := strings.Repeat("former drug drug seeking frequent is a ", 2000)
	got := wording.Check(text, wording.WhoseTeam, nil)
	assert.Len(t, got, 2000)
	checkFlags(t, text, got)
	// Quotation marks that never close, and many of them, end at the end.
	text = strings.Repeat(`said "addict `, 3000)
	got = wording.Check(text, wording.WhoseTeam, nil)
	assert.Len(t, got, 1500, "every other mark closes a quotation of the person")
	checkFlags(t, text, got)
}

func TestCheckNoAllocationWhenClean(t *testing.T) {
	text := strings.Repeat("Met w/ pt, kept her apartment clean, UA negative, plan: continue IOP. ", 50)
	allocs := testing.AllocsPerRun(20, func() {
		if wording.Check(text, wording.WhoseTeam, nil) != nil {
			t.Fatal("flagged clean text")
		}
	})
	assert.Zero(t, allocs)
}

// appendTexts are texts for AppendCheck's tests: the table's, every rule's
// example, and ones with more flags than Check keeps in the checker, a
// quotation of the person's words that takes its flags back, and both.
func appendTexts() []struct{ text, lang string } {
	texts := []struct{ text, lang string }{
		{strings.Repeat("Clt tested dirty, non-compliant, an addict. ", 6), "en"},
		{`Pt is an addict and said "I'm an addict, a junkie" then left.`, "en"},
		{strings.Repeat(`Pt is non-compliant. Pt: "I'm an addict." `, 4), "en"},
	}
	for _, tc := range checkCases {
		texts = append(texts, struct{ text, lang string }{tc.text, tc.lang})
	}
	for _, r := range wording.Rules() {
		texts = append(texts, struct{ text, lang string }{r.Example, r.Language})
	}
	return texts
}

func TestAppendCheck(t *testing.T) {
	prefix := []wording.Flag{{Rule: wording.CodeNonCompliant, Start: 1, End: 2}, {Rule: wording.CodeDirtyTest, Start: 3, End: 4}}
	var reused []wording.Flag
	for _, tc := range appendTexts() {
		opts := &wording.Options{Language: tc.lang}
		want := wording.Check(tc.text, wording.WhoseTeam, opts)
		assert.Equal(t, want, wording.AppendCheck(nil, tc.text, wording.WhoseTeam, opts), tc.text)
		// A buffer with room, one without, and one that holds flags already.
		for _, dst := range [][]wording.Flag{make([]wording.Flag, 0, 64), make([]wording.Flag, 0, 1), slices.Clone(prefix)} {
			n := len(dst)
			got := wording.AppendCheck(dst, tc.text, wording.WhoseTeam, opts)
			require.GreaterOrEqual(t, len(got), n)
			assert.Equal(t, dst[:n], got[:n], "what dst held is kept")
			if len(want) == 0 {
				assert.Len(t, got, n, tc.text)
			} else {
				assert.Equal(t, want, got[n:], tc.text)
			}
		}
		// One buffer for every text, as a caller that checks as a person
		// types, its spare capacity holding what earlier calls left.
		if cap(reused) == 0 {
			reused = slices.Repeat(prefix, 16)
		}
		reused = wording.AppendCheck(reused[:0], tc.text, wording.WhoseTeam, opts)
		if len(want) == 0 {
			assert.Empty(t, reused, tc.text)
		} else {
			assert.Equal(t, want, reused, tc.text)
		}
		reused = append(reused[:0], slices.Repeat(prefix, cap(reused)/len(prefix))...)
		assert.Equal(t, prefix, wording.AppendCheck(prefix, tc.text, wording.WhosePerson, opts), "the person's words are not checked")
	}
}

func TestAppendCheckNoAllocationWithRoom(t *testing.T) {
	text := strings.Repeat("Clt tested dirty for meth and is non-compliant w/ IOP. ", 3)
	buf := make([]wording.Flag, 0, 16)
	allocs := testing.AllocsPerRun(20, func() {
		buf = wording.AppendCheck(buf[:0], text, wording.WhoseTeam, nil)
	})
	assert.Zero(t, allocs)
	assert.Len(t, buf, 6)
}

// checkFlags asserts the invariants every result keeps: in order, never
// overlapping, on rune boundaries, with a valid code.
func checkFlags(t *testing.T, text string, got []wording.Flag) {
	t.Helper()
	boundary := map[int]bool{len(text): true}
	for i := range text {
		boundary[i] = true
	}
	prev := 0
	for _, f := range got {
		if !assert.True(t, prev <= f.Start && f.Start < f.End && f.End <= len(text),
			"offsets %d-%d after %d in %d bytes", f.Start, f.End, prev, len(text)) {
			return
		}
		assert.True(t, boundary[f.Start], "start on a rune boundary")
		assert.True(t, boundary[f.End], "end on a rune boundary")
		assert.True(t, f.Rule.IsValid(), f.Rule)
		if utf8.ValidString(text) {
			assert.True(t, utf8.ValidString(text[f.Start:f.End]))
		}
		prev = f.End
	}
}

func FuzzCheck(f *testing.F) {
	for _, tc := range checkCases {
		f.Add(tc.text, tc.lang)
	}
	for _, r := range wording.Rules() {
		f.Add(r.Example, r.Language)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		got := wording.Check(text, wording.WhoseTeam, &wording.Options{Language: lang})
		// The rune boundaries, as a range loop decodes text (an invalid byte
		// is a rune of its own).
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		prev := 0
		for _, g := range got {
			if g.Start < prev || g.Start >= g.End || g.End > len(text) {
				t.Fatalf("flag %v out of order or bounds after %d in %d bytes", g, prev, len(text))
			}
			if !boundary[g.Start] || !boundary[g.End] {
				t.Fatalf("flag %v not on rune boundaries", g)
			}
			if !g.Rule.IsValid() {
				t.Fatalf("flag %v has no rule", g)
			}
			prev = g.End
		}
		if wording.Check(text, wording.WhosePerson, &wording.Options{Language: lang}) != nil {
			t.Fatal("flagged the person's words")
		}
		prefix := []wording.Flag{{Rule: wording.CodeNonCompliant, Start: 1, End: 2}}
		if app := wording.AppendCheck(prefix, text, wording.WhoseTeam, &wording.Options{Language: lang}); len(app) != 1+len(got) || app[0] != prefix[0] || !slices.Equal(app[1:], got) {
			t.Fatalf("AppendCheck gave %v after the prefix, Check %v", app[1:], got)
		}
	})
}
