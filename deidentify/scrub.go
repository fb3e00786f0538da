package deidentify

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/internal/walk"
	"github.com/recoverykit/recovery/phi"
)

// Placeholders the scrubber writes into kept text.
const (
	// RemovedDate replaces a calendar date written in kept text.
	RemovedDate = "[date]"
	// RemovedAddress replaces a street address or a ZIP code in kept text.
	RemovedAddress = "[address]"
	// RemovedNumber replaces a record, account, licence or social security
	// number in kept text.
	RemovedNumber = "[number]"
	// RemovedURL replaces a web or IP address in kept text.
	RemovedURL = "[url]"
	// RemovedPhoneText replaces a phone number in kept text. It holds no
	// digit, so it never joins a neighbouring number into a new one (a
	// phone field gets [RemovedPhone], which still validates as a number).
	RemovedPhoneText = "[phone]"
	// RemovedEmailText replaces an email address in kept text.
	RemovedEmailText = "[email]"
)

// A recogniser finds one kind of identifier in text. The patterns are RE2:
// their cost is linear in the length of the text.
type recogniser struct {
	re   *regexp.Regexp
	with string
	keep func(match string) bool // reports a match that is not the identifier after all
	word bool                    // the match must not be glued to a letter or digit
	need clue                    // what a text must hold for the pattern to match
}

// clue is a cheap sign that a text may hold an identifier: most recognisers
// need a digit, the email one an "@", the web one "www." or "://". Text
// without the clue skips the pattern.
type clue uint8

const (
	clueDigit clue = iota
	clueAt
	clueWeb
)

func clues(s string) (digit, at, web bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == '@':
			at = true
		case c == 0xEF: // the lead byte of full-width digits
			digit = true
		}
	}
	web = strings.Contains(s, "://") || strings.Contains(strings.ToLower(s), "www.")
	return digit, at, web
}

const (
	sep     = `[\s\x{00A0}\x{2007}\x{2009}\x{202F}.\-\x{2010}-\x{2015}\x{2212}/]` // between the groups of a number
	digit   = `[0-9\x{FF10}-\x{FF19}]`                                            // ASCII and full-width digits
	month   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	ordinal = `(?:st|nd|rd|th)?`
)

// recognisers are tried in order; no placeholder holds a digit or an "@", so
// a later recogniser never matches what an earlier one wrote.
var recognisers = []recogniser{
	{re: regexp.MustCompile(`(?i)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`), with: RemovedEmailText, need: clueAt},
	{re: regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"]+`), with: RemovedURL, need: clueWeb},
	{re: regexp.MustCompile(`\b\d{1,3}(?:\.\d{1,3}){3}\b`), with: RemovedURL},
	{re: regexp.MustCompile(`(?i)\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)\s*[:\-]?\s*(?:` +
		month + `\s*\d{1,2}` + ordinal + `,?\s*\d{2,4}|\d{1,2}\s+` + month + `\s*\d{2,4}|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})`), with: RemovedDate},
	{re: regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`), with: RemovedNumber},
	{re: regexp.MustCompile(`(?i)\b(?:mrn|medical record(?: number| no\.?| #)?|record(?: number| no\.?| #)|acct\.?|account(?: number| no\.?| #)?|member(?: id| number| no\.?)|ssn|social security(?: number| no\.?)?|case(?: number| no\.?| #)|licen[cs]e(?: number| no\.?| #)?|id(?: number| no\.?| #)|policy(?: number| no\.?| #)?)\s*[:#]?\s*[a-z0-9][a-z0-9\-]{3,}`), with: RemovedNumber},
	{re: regexp.MustCompile(`(?i)\b(?:` + month + `\s*\d{1,2}` + ordinal + `(?:,?\s*\d{4})?|\d{1,2}` + ordinal + `\s+(?:of\s+)?` + month + `(?:,?\s*\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b`), with: RemovedDate},
	{re: regexp.MustCompile(`(?i)\b(?:p\.?\s?o\.?\s?box\s+\d+|\d{1,6}\s+(?:[nsew]\.?\s+)?(?:[a-z0-9]+\s+){1,3}(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|ct|court|way|pl|place|ter|terrace|pkwy|parkway|hwy|highway|cir|circle)\b\.?(?:,?\s*(?:apt|unit|suite|ste|#)\.?\s*[a-z0-9\-]+)?)`), with: RemovedAddress},
	{re: regexp.MustCompile(`\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b`), with: RemovedAddress},
	{re: regexp.MustCompile(`(?i)(?:\+\s?` + digit + `{1,3}` + sep + `*)?\(?` + digit + `{1,4}\)?(?:` + sep + `*` + digit + `{1,5}){1,6}(?:\s*(?:x|ext\.?|extension)\s*` + digit + `{1,6})?`),
		with: RemovedPhoneText, keep: notPhone, word: true},
	{re: regexp.MustCompile(`(?i)\b(?:1` + sep + `?)?\(?\d{3}\)?` + sep + `?[a-z0-9]{3}` + sep + `?[a-z0-9]{4}\b`), with: RemovedPhoneText, keep: notVanity, word: true},
}

// notPhone reports a number run that is too short or too long for a phone
// number: 7 to 15 digits make one.
func notPhone(m string) bool {
	if i := strings.IndexAny(strings.ToLower(m), "xe"); i >= 0 {
		m = m[:i] // the extension's digits do not count
	}
	n := 0
	for _, r := range m {
		if '0' <= r && r <= '9' || 0xFF10 <= r && r <= 0xFF19 {
			n++
		}
	}
	return n < 7 || n > 15
}

// notVanity reports a match that is not a vanity number such as
// 1-800-FLOWERS: it needs letters among its last seven characters.
func notVanity(m string) bool {
	return !strings.ContainsFunc(m, func(r rune) bool { return 'a' <= r|0x20 && r|0x20 <= 'z' })
}

// scrubber replaces the identifiers found in kept text: those the
// recognisers find, and the names the plan itself records.
type scrubber struct {
	names *regexp.Regexp // nil when the plan names no one
}

func newScrubber(p recovery.Plan) *scrubber {
	var names []string
	walk.Walk(&p, walk.Visitor{String: func(f walk.Field, s string) {
		if f.Class != walk.ClassText || f.Kind != phi.KindName {
			return
		}
		names = append(names, strings.TrimSpace(s))
		for _, part := range strings.Fields(s) { // "Sam Doe" is also "Sam" and "Doe"
			if part = strings.Trim(part, ".,"); utf8.RuneCountInString(part) >= 3 && !isTitle(part) {
				names = append(names, part)
			}
		}
	}})
	sc := &scrubber{}
	names = slices.DeleteFunc(names, func(s string) bool { return s == "" })
	if len(names) == 0 {
		return sc
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) }) // longest first
	names = slices.Compact(names)
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	sc.names = regexp.MustCompile(`(?i)\b(?:` + strings.Join(quoted, "|") + `)\b`)
	return sc
}

// isTitle reports a word of a name that is a title, not part of who the
// person is ("Dr.", "Mrs").
func isTitle(w string) bool {
	switch strings.ToLower(w) {
	case "dr", "mr", "mrs", "ms", "mx", "miss", "rev", "sr", "jr":
		return true
	}
	return false
}

// text returns s with every identifier found replaced by its placeholder.
// A number skipped because it touched a letter can hide a shorter one inside
// it that a later recogniser then finds; so the passes repeat until the text
// no longer changes (each pass only shortens what is left to find, and a
// text settles in a pass or two).
func (sc *scrubber) text(s string) string {
	for range maxPasses {
		next := sc.pass(s)
		if next == s {
			break
		}
		s = next
	}
	return s
}

// maxPasses bounds the passes of [scrubber.text], so its cost stays linear.
const maxPasses = 8

// pass runs every recogniser once over s.
func (sc *scrubber) pass(s string) string {
	digit, at, web := clues(s)
	for _, r := range recognisers {
		if r.need == clueDigit && !digit || r.need == clueAt && !at || r.need == clueWeb && !web {
			continue
		}
		s = r.replace(s)
	}
	if sc.names != nil {
		s = sc.names.ReplaceAllString(s, RemovedName)
	}
	return s
}

// replace returns s with r's matches replaced by its placeholder.
func (r recogniser) replace(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range r.re.FindAllStringIndex(s, -1) {
		match := s[m[0]:m[1]]
		// A neighbour just replaced is a placeholder now, not a digit.
		if r.keep != nil && r.keep(match) || r.word && glued(s, m[0], m[1], last) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(r.with)
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// glued reports whether s[i:j] touches a letter or digit on either side;
// the text before replaced (the end of the last replacement, 0 for none) is
// a placeholder and touches nothing.
func glued(s string, i, j, replaced int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[j:])
	return i > 0 && (replaced == 0 || i != replaced) && isWordRune(before) || j < len(s) && isWordRune(after)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
