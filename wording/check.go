package wording

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Source names the guide that a language rule follows.
//
// The zero value is not a valid Source. Source is a string and
// is safe for concurrent use.
type Source string

// The guides behind [Check]'s rules.
const (
	// SourceNIDA is NIDA, "Words Matter: Terms to Use and Avoid When Talking
	// About Addiction".
	SourceNIDA Source = "nida"
	// SourceAAP is Alinsky RH et al., "Recommended Terminology for Substance Use
	// Disorders in the Care of Children, Adolescents, Young Adults, and
	// Families", Pediatrics 2022;149(6):e2022057529, Table 1.
	SourceAAP Source = "aap-2022"
	// SourceCAMH is CAMH (Centre for Addiction and Mental Health), "Words
	// Matter" on talking about mental illness and suicide.
	SourceCAMH Source = "camh"
	// SourceONDCP is the ONDCP "Changing the Language" draft (2017) as quoted in
	// the Northampton Recovery Center glossary.
	SourceONDCP Source = "ondcp"
	// SourceAddictionSurvivors is the addictionsurvivors.org language guide.
	SourceAddictionSurvivors Source = "addictionsurvivors"
	// SourceClinicalNotes is the set of terms that stigma-detection projects
	// flag in clinical notes ("non-compliant", "drug-seeking", "frequent
	// flyer", ...). No single authority publishes it; the alternatives are the
	// ones those projects commonly suggest.
	SourceClinicalNotes Source = "clinical-notes"
)

// IsValid reports whether s is one of the defined sources.
func (s Source) IsValid() bool {
	switch s {
	case SourceNIDA, SourceAAP, SourceCAMH, SourceONDCP, SourceAddictionSurvivors, SourceClinicalNotes:
		return true
	}
	return false
}

// Flag is one deficit-based or stigmatizing term found by
// [Check], with where it is and what to say instead.
//
// The zero value is not a finding. A Flag holds no text from the
// checked string (only offsets into it), so it is safe to log, and it is safe
// for concurrent use.
type Flag struct {
	// Rule is the stable code of the rule that fired, for example "addict" or
	// "non-compliant". The rules are listed in the doc of [Check].
	Rule string `json:"rule"`
	// Term is the rule's term in its canonical spelling (for example
	// "drug-seeking"), not the bytes of the checked text: slice the text with
	// Start and End for those.
	Term string `json:"term"`
	// Start and End are the byte offsets of the term in the checked text:
	// text[Start:End] is the term as written. Both lie on UTF-8 boundaries.
	Start int `json:"start"`
	End   int `json:"end"`
	// Prefer is the person-first, recovery-oriented wording the source
	// recommends instead.
	Prefer string `json:"prefer"`
	// Source is the guide the rule follows.
	Source Source `json:"source"`
}

// String returns the finding as "rule@start-end", with no text.
func (f Flag) String() string {
	return f.Rule + "@" + strconv.Itoa(f.Start) + "-" + strconv.Itoa(f.End)
}

// Rule is one rule of [Check]: its code, every spelling it
// matches (the first is the canonical term), the wording to prefer and the
// source. The zero value is not a rule. A Rule is safe for concurrent
// reads; [Rules] returns fresh copies.
type Rule struct {
	// Rule is the rule's stable code, as in [Flag].Rule.
	Rule string `json:"rule"`
	// Terms are the words and phrases the rule matches, lower case.
	Terms []string `json:"terms"`
	// Prefer is the person-first wording to use instead.
	Prefer string `json:"prefer"`
	// Source is the guide the rule follows.
	Source Source `json:"source"`
}

// Rules returns every rule of [Check] in the order of its
// table, so an app can show what is checked and why. It returns new slices on
// each call.
func Rules() []Rule {
	out := make([]Rule, len(langTable.rules))
	for i, r := range langTable.rules {
		out[i] = Rule{Rule: r.code, Terms: append([]string(nil), r.terms...), Prefer: r.prefer, Source: r.source}
	}
	return out
}

// languageRule is one row of the language table: every spelling that the rule
// matches, what to say instead, and the source.
type languageRule struct {
	code   string
	terms  []string // the first is the canonical term
	prefer string
	source Source
}

// languageRules is the table behind Check, from the guides each rule
// names (NIDA "Words Matter", AAP 2022, CAMH, ONDCP, and common clinical-note
// terms). Words are matched whole; a space in a term matches any run of
// whitespace, and a space or hyphen between two words of a term matches
// either in the text.
func languageRules() []languageRule {
	return []languageRule{
		// Substance use (NIDA "Words Matter"; AAP 2022 Table 1).
		{"addict", []string{"addict", "addicts", "drug addict", "drug addicts"},
			"person with a substance use disorder; person who uses drugs", SourceNIDA},
		{"junkie", []string{"junkie", "junkies", "junky"},
			"person who uses drugs; person with a substance use disorder", SourceNIDA},
		{"drug-user", []string{"drug user", "drug users", "substance user", "substance users"},
			"person who uses drugs", SourceNIDA},
		{"substance-abuser", []string{"substance abuser", "substance abusers", "drug abuser", "drug abusers", "alcohol abuser", "alcohol abusers"},
			"person with a substance use disorder; person who uses drugs", SourceNIDA},
		{"alcoholic", []string{"alcoholic", "alcoholics"},
			"person with alcohol use disorder; person who misuses alcohol", SourceNIDA},
		{"former-addict", []string{"former addict", "former addicts", "reformed addict", "reformed addicts", "ex-addict", "ex-addicts", "recovering addict", "recovering addicts"},
			"person in recovery; person in long-term recovery", SourceNIDA},
		{"habit", []string{"drug habit", "drug habits"},
			"substance use disorder", SourceNIDA},
		{"substance-abuse", []string{"substance abuse", "drug abuse", "alcohol abuse", "opioid abuse", "opiate abuse"},
			"substance use; misuse; substance use disorder when it is a diagnosis", SourceNIDA},
		{"prescription-abuse", []string{"prescription drug abuse", "prescription opioid abuse", "prescription abuse"},
			"nonmedical prescription drug use", SourceAAP},
		{"clean", []string{"clean and sober", "got clean", "get clean", "gets clean", "getting clean", "stay clean", "stays clean", "staying clean", "stayed clean", "been clean", "being clean", "clean time"},
			"in recovery; abstinent; not currently using", SourceNIDA},
		{"clean-test", []string{"clean test", "clean tests", "clean drug test", "clean drug screen", "clean screen", "clean urine", "clean ua", "clean urinalysis", "clean tox screen", "clean toxicology"},
			"testing negative", SourceNIDA},
		{"dirty-test", []string{"dirty test", "dirty tests", "dirty drug test", "dirty drug screen", "dirty screen", "dirty urine", "dirty ua", "dirty urinalysis", "dirty tox screen", "dirty toxicology"},
			"testing positive", SourceNIDA},
		{"substitution-therapy", []string{"opioid substitution therapy", "opioid substitution treatment", "opioid replacement therapy", "opioid replacement treatment", "opiate substitution therapy", "opiate replacement therapy"},
			"opioid agonist therapy; medication treatment for opioid use disorder", SourceNIDA},
		{"medication-assisted-treatment", []string{"medication-assisted treatment", "medication-assisted therapy"},
			"medication for opioid use disorder (MOUD)", SourceNIDA},
		{"born-addicted", []string{"born addicted", "addicted baby", "addicted babies", "addicted newborn", "addicted newborns"},
			"baby with neonatal opioid withdrawal syndrome; newborn exposed to substances", SourceNIDA},
		{"getting-high", []string{"getting high", "get high", "gets high", "got high", "strung out", "tweaking"},
			"intoxicated; in withdrawal; using", SourceAAP},
		{"drunk", []string{"drunk", "drunks"},
			"intoxicated; person who misuses alcohol", SourceAAP},
		{"drug-problem", []string{"drug problem", "drug problems"},
			"substance use disorder; drug-related problems", SourceAddictionSurvivors},
		// Mental health and suicide (CAMH "Words Matter").
		{"suffering-from", []string{"suffering from", "suffers from", "suffered from", "suffer from",
			"struggling with mental illness", "struggling with a mental illness", "struggling with addiction",
			"struggles with mental illness", "struggles with a mental illness", "struggles with addiction"},
			"living with; experiencing", SourceCAMH},
		{"mentally-ill", []string{"mentally ill", "the mentally ill"},
			"person living with a mental illness", SourceCAMH},
		{"schizophrenic", []string{"schizophrenic", "schizophrenics"},
			"person who has schizophrenia; person living with schizophrenia", SourceCAMH},
		{"commit-suicide", []string{"commit suicide", "commits suicide", "committed suicide", "committing suicide"},
			"died by suicide; death by suicide", SourceCAMH},
		{"suicide-outcome", []string{"successful suicide", "unsuccessful suicide", "completed suicide", "failed suicide", "successful suicide attempt", "unsuccessful suicide attempt", "failed suicide attempt"},
			"died by suicide; survived a suicide attempt", SourceCAMH},
		// Terms common in clinical notes (stigma-detection term banks).
		{"non-compliant", []string{"non-compliant", "noncompliant", "non-compliance", "noncompliance"},
			"chooses not to; has concerns about", SourceClinicalNotes},
		{"frequent-flyer", []string{"frequent flyer", "frequent flyers", "frequent flier", "frequent fliers"},
			"person with frequent visits", SourceClinicalNotes},
		{"drug-seeking", []string{"drug-seeking", "drug seeker", "drug seekers"},
			"requesting pain relief", SourceClinicalNotes},
		{"manipulative", []string{"manipulative"},
			"describe what the person asked for and the need behind it", SourceClinicalNotes},
		{"attention-seeking", []string{"attention-seeking", "attention seeker", "attention seekers"},
			"seeking connection or support", SourceClinicalNotes},
		{"difficult-patient", []string{"difficult patient", "difficult patients", "difficult client", "difficult clients"},
			"describe the situation and the person's concerns", SourceClinicalNotes},
		{"admits-to", []string{"admits to", "admitted to using", "admits using", "admits drinking"},
			"reports", SourceClinicalNotes},
		{"crazy", []string{"crazy", "insane"},
			"describe the experience (for example: distressed, experiencing psychosis)", SourceClinicalNotes},
	}
}

// langNode is a node of the word trie: the words that may follow, and the rule
// that a phrase ending here matches (-1 for none).
type langNode struct {
	next map[string]*langNode
	rule int
	term string
}

// maxLangWord is the longest word of any term, in bytes; a longer word in the
// text cannot match and is skipped without a lookup.
const maxLangWord = 32

// langTable is built once, at init, and only read afterwards.
var langTable = buildLangTable()

type langIndex struct {
	rules []languageRule
	root  *langNode
	// first filters the words that can start a term by length, first and
	// last letter, so most words of a text cost no map lookup: bit last-'a'
	// of first[len][first-'a'] is set if some term starts with such a word.
	first [maxLangWord + 1][26]uint32
}

func buildLangTable() langIndex {
	rules := languageRules()
	root := &langNode{rule: -1}
	var first [maxLangWord + 1][26]uint32
	for ri, r := range rules {
		for _, term := range r.terms {
			n := root
			for start, end := nextWord(term, 0); start < end; start, end = nextWord(term, end) {
				w := term[start:end]
				if len(w) > maxLangWord || !lowerASCII(w) {
					panic("wording: language term word not lower-case ASCII or too long: " + w) // unreachable: the table is constant
				}
				if n == root {
					first[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
				}
				if n.next == nil {
					n.next = make(map[string]*langNode)
				}
				child, ok := n.next[w]
				if !ok {
					child = &langNode{rule: -1}
					n.next[w] = child
				}
				n = child
			}
			if n.rule < 0 {
				n.rule = ri
				n.term = term
			}
		}
	}
	return langIndex{rules: rules, root: root, first: first}
}

// lowerASCII reports whether w is made of lower-case ASCII letters only.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// mayStart reports whether the word w, in any case, can start a term: a cheap
// filter on its length and its first and last letters, before any lookup.
func (x *langIndex) mayStart(w string) bool {
	if len(w) > maxLangWord {
		return false
	}
	f, l := (w[0]|0x20)-'a', (w[len(w)-1]|0x20)-'a'
	return f < 26 && l < 26 && x.first[len(w)][f]&(1<<l) != 0
}

// Check finds deficit-based and stigmatizing terms in text and returns
// one [Flag] for each, with the person-first wording to prefer and
// the source, in order of position. It returns nil if it finds none.
//
// # Matching
//
// Terms match whole words and whole phrases only, ignoring case: "addict" and
// "Addicts" are found, "addiction" and "addictive" are not. Words are runs of
// letters and digits; between the words of a phrase the text may have any run
// of whitespace (line breaks included) or a single hyphen, so "drug-seeking",
// "drug seeking" and "drug\nseeking" all match. Other punctuation ends a
// phrase. Where phrases overlap, the one that starts first wins, then the
// longest ("former addict" rather than "addict"); findings never overlap. Only
// English is covered, and only the terms in the table: a term used in quotation
// or in another sense ("clean" in "I keep my room clean" is not matched,
// because "clean" alone is never a rule) is the reader's call.
//
// Check reads text once, in time linear in its length, and builds
// nothing per call: the table is compiled when the package loads.
//
// # Rules
//
// Rule codes (source; what to prefer):
//
//	addict                        NIDA      person with a substance use disorder; person who uses drugs
//	junkie                        NIDA      person who uses drugs
//	drug-user                     NIDA      person who uses drugs
//	substance-abuser              NIDA      person with a substance use disorder
//	alcoholic                     NIDA      person with alcohol use disorder
//	former-addict                 NIDA      person in recovery; person in long-term recovery
//	habit                         NIDA      substance use disorder ("drug habit"; "habit" alone is not flagged)
//	substance-abuse               NIDA      substance use; misuse; substance use disorder
//	prescription-abuse            AAP 2022  nonmedical prescription drug use
//	clean                         NIDA      in recovery; abstinent ("got clean", "stay clean", "clean time", ...)
//	clean-test, dirty-test        NIDA      testing negative, testing positive
//	substitution-therapy          NIDA      opioid agonist therapy
//	medication-assisted-treatment NIDA      medication for opioid use disorder (MOUD)
//	born-addicted                 NIDA      newborn exposed to substances
//	getting-high, drunk           AAP 2022  intoxicated; in withdrawal; using
//	drug-problem                  addictionsurvivors.org  substance use disorder
//	suffering-from                CAMH      living with; experiencing ("struggling with" only
//	                                        before "mental illness" or "addiction")
//	mentally-ill, schizophrenic   CAMH      person living with a mental illness / with schizophrenia
//	commit-suicide                CAMH      died by suicide
//	suicide-outcome               CAMH      died by suicide; survived a suicide attempt
//	non-compliant, frequent-flyer, drug-seeking, manipulative, attention-seeking,
//	difficult-patient, admits-to, crazy       clinical-note terms
//
// Deliberately not matched, because the bare word has too many innocent senses
// in plan text: "user" ("drug user" is), "habit" ("drug habit" is), "high"
// ("getting high" is), "clean" and "dirty" alone, "abuse" alone (it is also
// how a person names harm done to them), "admits" alone ("the shelter admits
// families"; "admits to" is), "struggling with" alone ("struggling with the
// bus times"), and the acronym "MAT" (a yoga mat); "medication-assisted
// treatment" spelled out is matched.
//
// Check is safe for concurrent use.
func Check(text string, whose Whose, opts *Options) []Flag {
	if whose != WhoseTeam {
		return nil
	}
	_ = opts
	var out []Flag
	root := langTable.root
	var buf [maxLangWord]byte
	for start, end := nextWord(text, 0); start < end; {
		if !langTable.mayStart(text[start:end]) {
			start, end = nextWord(text, end)
			continue
		}
		// Walk the trie from this word as far as the text follows it,
		// remembering the longest complete term.
		bestRule, bestEnd, bestTerm := -1, 0, ""
		n := root
		ws, we := start, end
		for {
			w, ok := foldWord(&buf, text[ws:we])
			if !ok {
				break
			}
			child := n.next[string(w)]
			if child == nil {
				break
			}
			n = child
			if n.rule >= 0 {
				bestRule, bestEnd, bestTerm = n.rule, we, n.term
			}
			if n.next == nil {
				break
			}
			ns, ne := nextWord(text, we)
			if ns >= ne || !joins(text[we:ns]) {
				break
			}
			ws, we = ns, ne
		}
		if bestRule >= 0 {
			r := &langTable.rules[bestRule]
			out = append(out, Flag{
				Rule: r.code, Term: bestTerm, Start: start, End: bestEnd,
				Prefer: r.prefer, Source: r.source,
			})
			start, end = nextWord(text, bestEnd)
			continue
		}
		start, end = nextWord(text, end)
	}
	return out
}

// foldWord lower-cases an ASCII word into buf. It reports false for a word
// that no term can match: longer than any term word, or not ASCII.
func foldWord(buf *[maxLangWord]byte, w string) ([]byte, bool) {
	if len(w) > maxLangWord {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// nextWord returns the byte range [start, end) of the first word at or after
// offset i, or (len(text), len(text)) if there is none. A word is a run of
// letters, digits and combining marks.
func nextWord(text string, i int) (start, end int) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		n, word := wordRune(text, i)
		if word {
			break
		}
		i += n
	}
	start = i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			i++
			continue
		}
		n, word := wordRune(text, i)
		if !word {
			break
		}
		i += n
	}
	return start, i
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordRune reports the byte length of the rune at text[i] and whether it is a
// word character.
func wordRune(text string, i int) (int, bool) {
	c := text[i]
	if c < utf8.RuneSelf {
		return 1, asciiWord[c]
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError {
		return n, false
	}
	return n, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// joins reports whether gap, the text between two words, lets them form a
// phrase: whitespace and at most one hyphen, and not empty.
func joins(gap string) bool {
	if gap == "" {
		return false
	}
	hyphens := 0
	for _, r := range gap {
		switch {
		case r == '-' || r == '\u2010' || r == '\u2011':
			hyphens++
			if hyphens > 1 {
				return false
			}
		case !unicode.IsSpace(r):
			return false
		}
	}
	return true
}
