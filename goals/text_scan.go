package goals

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"time"

	"github.com/recoverykit/recovery/internal/token"
)

// The rules see a window of textWindow words, which slides when fewer than
// textLookahead words are left past the current one; no phrase is longer
// than textLookahead words ("no later than the 1st of December 2026" is 8).
// Up to textLookback words before the current one stay in the window for the
// rules that look back.
//
// The words are read ahead into a buffer of textBuffer words, of which the
// window is a part: sliding the window mostly moves its bounds, and the
// buffer's words are moved only when the window would run past its end
// (a step of 200 bytes, some 40 words, never moves them). The window's
// bounds are those a buffer of textWindow words would give, so that a rule
// that reads to the window's end (a list of weekdays) finds what it always
// found.
const (
	textWindow    = 32
	textBuffer    = 64
	textLookahead = 20
	textLookback  = 4
)

// textPastEdMax is the longest word read as a past tense by its "-ed"
// ending ("rehabilitated" is 13 bytes); a longer run of letters and hyphens
// is no verb.
const textPastEdMax = 24

// pastEd reports whether the word w is read as a past tense by its "-ed":
// 5 to textPastEdMax bytes ending in "ed" (not "eed"), in any case.
func pastEd(w string) bool {
	n := len(w)
	return n >= 5 && n <= textPastEdMax && w[n-1]|0x20 == 'd' && w[n-2]|0x20 == 'e' && w[n-3]|0x20 != 'e'
}

// Token flags set by the scanner.
const (
	tMoney  uint8 = 1 << iota // a '$' stands right before the word
	tSlash                    // the gap before the word is one '/' ("3x/wk")
	tMid                      // "mid-April": the month word carries "mid-"
	tDigits                   // the word starts with a digit
	tPastEd                   // a word of 5 to textPastEdMax bytes ending in "ed" (not "eed"): a past tense or participle
)

// textToken is one word of the text: its byte range, its vocabulary entry,
// and whether a phrase break (. ! ? ; : brackets, line break) stands before
// it.
type textToken struct {
	start, end int
	num        float64 // the value of a number
	// y is a numeric date's year as written (0 if none), and hi a range's
	// upper bound or a date's day: the scanner reads them from at most four
	// digits.
	y      int16
	hi     uint16
	w      textWord
	vflags uint8 // from the vocabulary: vPlural, vAmbig, ...
	tflags uint8 // from the scanner: tMoney, tSlash, ...
	brk    bool
}

// reset makes t the word from start to end, with nothing known of it yet.
// It sets the fields one by one: a struct literal would be built on the
// stack and copied, and the copy's wide loads would wait for the narrow
// stores just made.
func (t *textToken) reset(start, end int, brk bool) {
	t.start, t.end, t.num, t.hi, t.y = start, end, 0, 0, 0
	t.w, t.vflags, t.tflags, t.brk = wOther, 0, 0, brk
}

// textClockRef holds the reference time. It sits behind a pointer so that
// the location pointer that deadlines carry away is two steps from the
// scanner, which lets the compiler keep the scanner's word window on the
// stack.
//
// The reference's date, clock and weekday are read from it once, when a
// rule first asks for them, rather than at each deadline.
type textClockRef struct {
	ref            time.Time
	read           bool
	y              int
	m              time.Month
	d              int
	hour, min, sec int
	nsec           int
	wd             time.Weekday
}

// load reads the reference's date, clock and weekday, once.
func (c *textClockRef) load() {
	if !c.read {
		c.y, c.m, c.d = c.ref.Date()
		c.hour, c.min, c.sec = c.ref.Clock()
		c.nsec, c.wd, c.read = c.ref.Nanosecond(), c.ref.Weekday(), true
	}
}

// date is ref.Date().
func (c *textClockRef) date() (int, time.Month, int) {
	c.load()
	return c.y, c.m, c.d
}

// year is ref.Year().
func (c *textClockRef) year() int {
	c.load()
	return c.y
}

// month is ref.Month().
func (c *textClockRef) month() time.Month {
	c.load()
	return c.m
}

// weekday is ref.Weekday().
func (c *textClockRef) weekday() time.Weekday {
	c.load()
	return c.wd
}

// addDate is ref.AddDate(years, months, days): the reference's date and
// clock, moved, normalized as [time.Date] normalizes them.
func (c *textClockRef) addDate(years, months, days int) time.Time {
	c.load()
	return time.Date(c.y+years, c.m+time.Month(months), c.d+days, c.hour, c.min, c.sec, c.nsec, c.ref.Location())
}

// textClockMark is a time of day waiting for the end of its sentence, when
// it refines the sentence's deadline.
type textClockMark struct {
	idx     int // the index of its match in out
	minutes int
	by      bool // "by 5pm": a deadline on its own
}

// textScanner holds the state of one AnalyzeText call.
type textScanner struct {
	text     string
	clk      *textClockRef
	vocab    *textVocab
	es       bool // the Spanish grammar
	dayFirst bool
	src      token.Scanner
	pos      int               // where the last word read ended
	starts   *[256]uint8       // textStartEN or textStartES
	ruleOut  *[256]textRuleOut // textRuleOutEN or textRuleOutES
	// scanOnly leaves every word to src (no plain-word path), and tryAll
	// tries every family a word starts (no rule-out), for the tests that
	// check that each reads alike.
	scanOnly, tryAll bool
	done             bool        // src has no more words
	buf              []textToken // the words read ahead, in a buffer of textBuffer
	toks             []textToken // the window of words the rules see, part of buf
	// firstPerson is set once the current sentence has a first-person
	// commitment, so that "... and will call" counts as one too.
	firstPerson bool
	// pastClause is set once the current clause has a verb in the past
	// tense, so that a date gone by in it is past time, not next year's.
	pastClause bool
	// sentence is the index in out of the current sentence's first match.
	sentence int
	clocks   [4]textClockMark
	nclocks  int
	// pending is the time of day of the match being made, set by the
	// time-of-day rule.
	pending textClockMark
}

// fill tokenizes the text until the buffer is full or the text ends.
//
// A plain word is read here: ASCII letters and digits at the start of the
// text or after one space, ", " or ". ", at most fifteen with sixteen bytes
// of text from its start (or running to the text's end), and followed by a
// byte that ends a word there as [token.Scanner] would end it (not an
// apostrophe, a hyphen, a byte of 0x80 or more, nor '.', ':', '/' or ','
// after a digit). It is read eight bytes at a time as the scanner reads
// words, and looked up by the bytes loaded, which are its key ([textKey]).
// A plain word has no '$' or '/' before it, and a break only after ". ",
// the dot right after a word ([token.Word].Dot). Any other word is left to
// the scanner, which starts where the last word ended. In English the
// plain words of up to seven bytes that do not start with a digit, most
// words of a step, are read by [textFillSpaced]; the others by
// [textPlainWord].
func (sc *textScanner) fill() {
	// The loop keeps the buffer's length and the position in locals. The
	// most common English words are read by textFillSpaced, a loop of its
	// own that calls nothing; any other plain word by textPlainWord.
	text, vocab := sc.text, sc.vocab
	buf, n, pos := sc.buf[:cap(sc.buf)], len(sc.buf), sc.pos
	for !sc.done && n < len(buf) {
		t := &buf[n]
		if !sc.scanOnly && !sc.es {
			if n, pos = textFillSpaced(text, buf, n, pos, vocab); n == len(buf) {
				break
			}
			t = &buf[n]
		}
		if !sc.scanOnly {
			if start, end, k0, k1, brk, ok := textPlainWord(text, pos); ok {
				if brk && n > 0 && buf[n-1].vflags&vAbbr != 0 {
					brk = false // "Dec. 15", "by Thurs. at 5"
				}
				pos = end
				n++
				t.reset(start, end, brk)
				if token.Class[text[start]] == token.ClassDigit {
					t.tflags = tDigits
					textParseNumber(text[start:end], t)
					continue
				}
				if e := vocab.lookupKey(k0, k1); e != nil {
					t.num, t.w, t.vflags = e.num, e.w, e.flags
					continue
				}
				if sc.es {
					classifyES(text[start:end], t)
				} else if m := end - start; m >= 5 && text[end-1]|0x20 == 'd' && text[end-2]|0x20 == 'e' && text[end-3]|0x20 != 'e' { // pastEd, written out
					t.tflags = tPastEd
				}
				continue
			}
		}
		sc.src.Seek(pos)
		w, more := sc.src.Next()
		if !more {
			sc.done = true
			break
		}
		pos = w.End
		brk := w.Break
		if w.Dot && n > 0 && buf[n-1].vflags&vAbbr != 0 {
			brk = false // "Dec. 15", "by Thurs. at 5"
		}
		t.reset(w.Start, w.End, brk)
		if w.Start > 0 {
			switch text[w.Start-1] {
			case '$':
				t.tflags |= tMoney
			case '/':
				if n > 0 && buf[n-1].end == w.Start-1 {
					t.tflags |= tSlash
				}
			}
		}
		n++
		sc.classify(t, sc.src.ASCII(), sc.src.Joined())
	}
	sc.buf, sc.pos = sc.buf[:n], pos // a self-assignment: the buffer stays on the stack
}

// textFillSpaced reads into buf from its n-th word on the English plain
// words that are most common: one to seven ASCII letters or digits, not
// starting with a digit, after the space (or ", ", ". ") that ends the last
// word, and a byte after them that ends a plain word, so that the eight
// bytes after the gap hold the word and the byte after it. It stops at any
// other word and returns the words read and where the last ended. It calls
// nothing, so that the compiler keeps its loop in registers; digits and
// Spanish words, which call functions of their own, are left to
// [textScanner.fill]. It reads what textPlainWord would read.
func textFillSpaced(text string, buf []textToken, n, pos int, vocab *textVocab) (int, int) {
	// Eight bytes from the word's start, which is at most pos+2, lie
	// within the text: the word and the byte after it are among them.
	for n < len(buf) && pos > 0 && pos+10 <= len(text) {
		start, brk := pos+1, false
		switch text[pos] {
		case ' ':
		case ',', '.':
			if text[pos+1] != ' ' {
				return n, pos
			}
			start, brk = pos+2, text[pos] == '.'
			if brk && n > 0 && buf[n-1].vflags&vAbbr != 0 {
				brk = false // "Dec. 15", "by Thurs. at 5"
			}
		default:
			return n, pos
		}
		x := binary.LittleEndian.Uint64([]byte(text[start : start+8]))
		k := textWordBytes(x)
		if k == 0 || k == 8 || isDigitByte(byte(x)) {
			break
		}
		// The byte after the word must end a plain word there (as
		// endsPlain tests, written out: the loop's registers hold).
		switch c := byte(x >> (8 * k)); {
		case c == ' ':
		case c >= 0x80, c == '\'', c == '-':
			return n, pos
		case c == '.' || c == ':' || c == '/' || c == ',':
			if isDigitByte(byte(x >> (8*k - 8))) {
				return n, pos
			}
		}
		end := start + k
		t := &buf[n]
		t.reset(start, end, brk)
		e := vocab.find((x|textLower)&textKeyMask(k), 0)
		t.num, t.w, t.vflags = e.num, e.w, e.flags
		if e.w == wOther && k >= 5 && text[end-1]|0x20 == 'd' && text[end-2]|0x20 == 'e' && text[end-3]|0x20 != 'e' { // pastEd, written out
			t.tflags = tPastEd
		}
		pos = end
		n++
	}
	return n, pos
}

// textPlainWord reads the plain word (see [textScanner.fill]) that follows
// the end p of the last word, or the start of the text if p is 0: its
// bounds, its key, and whether a break stands before it; ok is false if
// no plain word follows p.
func textPlainWord(text string, p int) (start, end int, k0, k1 uint64, brk, ok bool) {
	start = p
	if p > 0 {
		if p+1 >= len(text) {
			return
		}
		switch text[p] {
		case ' ':
			start++
		case ',', '.':
			if text[p+1] != ' ' {
				return
			}
			brk = text[p] == '.'
			start += 2
		default:
			return
		}
	}
	if start >= len(text) || token.Class[text[start]]&token.ClassWord == 0 {
		return
	}
	if start+16 <= len(text) {
		x := binary.LittleEndian.Uint64([]byte(text[start : start+8]))
		k := textWordBytes(x)
		if k < 8 {
			end, k0 = start+k, (x|textLower)&textKeyMask(k)
		} else {
			y := binary.LittleEndian.Uint64([]byte(text[start+8 : start+16]))
			k = textWordBytes(y)
			if k == 8 {
				return
			}
			end, k0, k1 = start+8+k, x|textLower, (y|textLower)&textKeyMask(k)
		}
	} else {
		end = start + 1
		for end < len(text) && token.Class[text[end]]&token.ClassWord != 0 {
			end++
		}
		if end-start > 15 {
			return
		}
		if end-start >= 8 {
			k0 = binary.LittleEndian.Uint64([]byte(text[start:start+8])) | textLower
			k1 = textKeyTail(text[start+8 : end])
		} else {
			k0 = textKeyTail(text[start:end])
		}
	}
	if end < len(text) && !endsPlain(text[end], text[end-1]) {
		return
	}
	return start, end, k0, k1, brk, true
}

// endsPlain reports whether the byte c after a run of ASCII letters and
// digits, whose last byte is last, ends it as a plain word: not a byte of
// 0x80 and above, an apostrophe or a hyphen, which may go on with the word,
// nor '.', ':', '/' or ',' after a digit, which may go on with a number.
func endsPlain(c, last byte) bool {
	switch {
	case c >= 0x80, c == '\'', c == '-':
		return false
	case c == '.' || c == ':' || c == '/' || c == ',':
		return !isDigitByte(last)
	}
	return true
}

// textWordBytes returns how many of the eight bytes of x, first byte
// lowest, are ASCII letters or digits before the first that is not.
func textWordBytes(x uint64) int {
	return bits.TrailingZeros8(^token.ASCIIWordBits(x))
}

// classify looks a word up. ascii reports that every byte of the word is
// ASCII: it is looked up as written; any other word is folded first. joined
// reports that it holds a connector, such as the hyphen of a compound.
func (sc *textScanner) classify(t *textToken, ascii, joined bool) {
	s := sc.text[t.start:t.end]
	if token.Class[s[0]] == token.ClassDigit {
		t.tflags |= tDigits
		textParseNumber(s, t)
		return
	}
	key := s
	if !ascii {
		if len(s) > 2*sc.vocab.maxLen {
			if sc.es {
				classifyES(s, t)
			}
			return // longer than any word the rules know
		}
		var buf [24]byte
		k, ok := token.Fold(buf[:], s)
		if !ok {
			return
		}
		key = string(k)
	}
	if e := sc.vocab.lookup(key); e != nil {
		t.w, t.vflags, t.num = e.w, e.flags, e.num
		return
	}
	if sc.es {
		classifyES(s, t)
		if t.w != wOther {
			return
		}
	}
	n := len(key)
	if !sc.es && pastEd(key) {
		t.tflags |= tPastEd
	}
	// Compounds joined by a hyphen: "mid-April", "twenty-five".
	if !joined || n < 3 {
		return
	}
	j := strings.IndexByte(key[1:n-1], '-') + 1
	if j == 0 {
		return
	}
	a, b := sc.vocab.lookup(key[:j]), sc.vocab.lookup(key[j+1:])
	switch {
	case a == nil || b == nil:
	case a.w == wMid && b.w >= wJanuary && b.w <= wDecember:
		t.w, t.vflags, t.tflags = b.w, b.flags, t.tflags|tMid
	case a.w == wNumWord && b.w == wNumWord && a.num >= 20 && int(a.num)%10 == 0 && b.num < 10,
		a.w == wNumWord && b.w == wOne && a.num >= 20 && int(a.num)%10 == 0:
		t.w, t.num, t.vflags = wNumWord, a.num+b.num, vLetters
	}
}

// textParseNumber reads a word that starts with a digit: digits ("5",
// "1.5", "10,000"), an ordinal ("1st", "22nd"), an ISO date ("2026-03-09"),
// a numeric date ("3/9", "4/15/2026"), a range ("3-4"), a multiple ("5x",
// "2-3x"), a time of day ("5pm", "8:30am", "8:30"), or a service or phone
// number ("988", "911", "555-0134", "1-800-662-4357"). Anything else ("9-5")
// is a word the rules do not know.
func textParseNumber(s string, t *textToken) {
	// Leading digits.
	var v float64
	j, digits := 0, 0
	for ; j < len(s) && (isDigitByte(s[j]) || s[j] == ',' && j > 0); j++ {
		if s[j] == ',' {
			continue // a thousands separator: the tokenizer let it in
		}
		digits++
		v = v*10 + float64(s[j]-'0')
	}
	if digits > 6 {
		t.w = wService // a phone number written as one run of digits
		return
	}
	if j == len(s) {
		switch s {
		case "911", "988", "112", "211", "311", "411", "511", "711", "811", "024", "741741", "000", "999", "111":
			t.w = wService
			return
		}
		t.w, t.num = wNumber, v
		return
	}
	rest := s[j:]
	switch c := rest[0]; {
	case c == '.' && digits > 0:
		// A decimal part.
		scale := 0.1
		k := 1
		for ; k < len(rest) && isDigitByte(rest[k]); k++ {
			if k > 6 {
				return
			}
			v += float64(rest[k]-'0') * scale
			scale /= 10
		}
		if k == len(rest) {
			t.w, t.num = wNumber, v
		}
		return
	case c == '-':
		parts, n := splitDigits(s, '-')
		switch {
		case n == 3 && len(parts[0]) == 4 && len(parts[1]) == 2 && len(parts[2]) == 2:
			t.w, t.y, t.num, t.hi = wISODate, int16(atoiDigits(parts[0])), float64(atoiDigits(parts[1])), uint16(atoiDigits(parts[2]))
		case n >= 3, n == 2 && len(parts[0]) == 3 && len(parts[1]) == 4:
			t.w = wService // "555-0134", "1-800-662-4357"
		case n == 2 && len(parts[0]) <= 4 && len(parts[1]) <= 4:
			lo, hi := float64(atoiDigits(parts[0])), float64(atoiDigits(parts[1]))
			if lo < hi {
				t.w, t.num, t.hi = wRange, lo, uint16(hi)
			}
		case n == 1 && len(parts[0]) > 0:
			// "2-3x": parts[1] ends in x.
			lo := float64(atoiDigits(parts[0]))
			r := rest[1:]
			k := 0
			hi := 0.0
			for ; k < len(r) && isDigitByte(r[k]); k++ {
				hi = hi*10 + float64(r[k]-'0')
			}
			if k > 0 && k < 4 && k+1 == len(r) && r[k]|0x20 == 'x' && lo < hi {
				t.w, t.num, t.hi = wTimesN, lo, uint16(hi)
			}
		}
		return
	case c == '/':
		parts, n := splitDigits(s, '/')
		if n == 2 || n == 3 {
			a, b := atoiDigits(parts[0]), atoiDigits(parts[1])
			if len(parts[0]) <= 2 && len(parts[1]) <= 2 && a >= 1 && b >= 1 {
				t.w, t.num, t.hi = wNumDate, float64(a), uint16(b)
				if n == 3 {
					switch len(parts[2]) {
					case 2:
						t.y = 2000 + int16(atoiDigits(parts[2]))
					case 4:
						t.y = int16(atoiDigits(parts[2]))
					default:
						t.w = wOther
					}
				}
			}
		}
		return
	case c == ':':
		// "8:30", "3:15pm".
		if digits > 2 || len(rest) < 3 || !isDigitByte(rest[1]) || !isDigitByte(rest[2]) {
			return
		}
		m := int(rest[1]-'0')*10 + int(rest[2]-'0')
		if v > 23 || m > 59 {
			return
		}
		minutes := int(v)*60 + m
		switch textMeridiem(rest[3:]) {
		case 0:
			if len(rest) == 3 {
				t.w, t.num = wClockBare, float64(minutes)
			}
		case 1:
			if v >= 1 && v <= 12 {
				t.w, t.num = wClock, float64(minutes%720)
			}
		case 2:
			if v >= 1 && v <= 12 {
				t.w, t.num = wClock, float64(minutes%720+720)
			}
		}
		return
	}
	if len(rest) == 1 && rest[0]|0x20 == 'x' && digits > 0 && digits <= 3 {
		t.w, t.num = wTimesN, v // "5x"
		return
	}
	if digits <= 2 && v >= 1 && v <= 12 {
		switch textMeridiem(rest) {
		case 1:
			t.w, t.num = wClock, float64(int(v)%12*60)
			return
		case 2:
			t.w, t.num = wClock, float64(int(v)%12*60+720)
			return
		}
	}
	if len(rest) == 2 {
		a, b := rest[0]|0x20, rest[1]|0x20
		switch {
		case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h',
			a == 'r' && b == 'o', a == 'd' && b == 'o':
			t.w, t.num = wOrdinal, v
		}
	}
}

// textMeridiem reads "am" or "pm" (1 or 2); 0 for anything else.
func textMeridiem(s string) int {
	if len(s) != 2 || s[1]|0x20 != 'm' {
		return 0
	}
	switch s[0] | 0x20 {
	case 'a':
		return 1
	case 'p':
		return 2
	}
	return 0
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// splitDigits splits s at sep into up to four parts that are all digits; n
// is the number of parts, or 1 if a part is not all digits.
func splitDigits(s string, sep byte) (parts [4]string, n int) {
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != sep {
			if !isDigitByte(s[i]) {
				return parts, 1
			}
			continue
		}
		if n == len(parts) || i == start {
			return parts, 1
		}
		parts[n] = s[start:i]
		n++
		start = i + 1
	}
	return parts, n
}

func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// cont reports whether token i is word w and continues the phrase (no break
// before it). Use it for every word of a phrase but the first.
func (sc *textScanner) cont(i int, w textWord) bool {
	return i < len(sc.toks) && !sc.toks[i].brk && sc.toks[i].w == w
}

// word returns the vocabulary entry of token i if it continues the phrase,
// or wNone if it does not exist or follows a break.
func (sc *textScanner) word(i int) textWord {
	if i >= len(sc.toks) || sc.toks[i].brk {
		return wNone
	}
	return sc.toks[i].w
}

// prev returns the vocabulary entry of the token before i if the phrase
// runs from it to i, or wNone.
func (sc *textScanner) prev(i int) textWord {
	if i <= 0 || i >= len(sc.toks) || sc.toks[i].brk {
		return wNone
	}
	return sc.toks[i-1].w
}

// textAnalyze appends the matches of text to out and returns it; with a nil
// out it allocates only if something is found. [Check] passes a buffer of its
// own.
func textAnalyze(text string, ref time.Time, opts *TextOptions, out []Match) []Match {
	return textAnalyzeScan(text, ref, opts, out, textModeFast)
}

// textMode chooses, for the tests, what textAnalyzeScan leaves out of its
// reading. Every mode finds the same matches.
type textMode uint8

const (
	// textModeFast is AnalyzeText's reading.
	textModeFast textMode = iota
	// textModeScanOnly reads every word with the module's scanner, without
	// the plain-word path of [textScanner.fill].
	textModeScanOnly
	// textModeTryAll tries every rule family a word starts, without the
	// tables of textRuleOut.
	textModeTryAll
)

// textAnalyzeScan is textAnalyze in the given mode.
func textAnalyzeScan(text string, ref time.Time, opts *TextOptions, out []Match, mode textMode) []Match {
	var buf [textBuffer]textToken
	clk := textClockRef{ref: ref}
	// The scanner is set field by field: a struct literal this large would
	// be built on the stack and copied.
	var sc textScanner
	sc.text, sc.clk, sc.buf = text, &clk, buf[:0]
	sc.scanOnly, sc.tryAll = mode == textModeScanOnly, mode == textModeTryAll
	sc.src.Text = text
	sc.vocab, sc.starts, sc.ruleOut = textVocabEN, &textStartEN, &textRuleOutEN
	if opts.spanish() {
		sc.es, sc.vocab, sc.starts, sc.ruleOut, sc.dayFirst = true, textVocabES, &textStartES, &textRuleOutES, true
	} else if opts != nil {
		sc.dayFirst = opts.DayFirst
	}
	if sc.tryAll {
		sc.ruleOut = &textRuleOutNone
	}
	sc.sentence = len(out)
	var spare Match
	sc.fill()
	// The window is sc.buf[lo:hi]; ended reports that it reaches the last
	// word of the text.
	lo, hi := 0, min(len(sc.buf), textWindow)
	ended := hi < textWindow
	sc.toks = sc.buf[lo:hi]
	for i := 0; i < len(sc.toks); {
		if !ended && len(sc.toks)-i < textLookahead {
			// Slide the window, keeping a few words before i for the rules
			// that look back.
			keep := max(i-textLookback, 0)
			lo += keep
			i -= keep
			if lo+textWindow > len(sc.buf) && !sc.done {
				if lo+textWindow > cap(sc.buf) {
					// Move the words from the window's start to the front.
					sc.buf = sc.buf[:copy(sc.buf[:cap(sc.buf)], sc.buf[lo:])]
					lo = 0
				}
				sc.fill()
			}
			hi = min(len(sc.buf), lo+textWindow)
			ended = hi < lo+textWindow
			sc.toks = sc.buf[lo:hi]
		}
		t := &sc.toks[i]
		if t.brk {
			out = sc.endSentence(out)
			sc.firstPerson, sc.pastClause = false, false
		}
		if textInert[t.w] {
			if t.tflags&tPastEd != 0 && !sc.es {
				sc.pastClause = true
			}
			i++ // every rule starts at a word it knows
			continue
		}
		// The rules write the match straight into the next slot of out
		// when it has room (a rule writes the whole match when it
		// succeeds, so a failed try leaves only what lies past the end of
		// out); else into spare, which is then appended.
		m := &spare
		if len(out) < cap(out) {
			m = &out[:len(out)+1][len(out)]
		}
		n, ok := 0, false
		kind := MatchKind("")
		starts := sc.starts[t.w]
		// A family is tried only if the next word can follow (see
		// textRuleOut).
		next := wNone
		if i+1 < len(sc.toks) {
			next = sc.toks[i+1].w
		}
		ro := &sc.ruleOut[t.w]
		if starts&startPast != 0 && textNext[ro[0]].has(next) {
			kind = MatchKindPast
			n, ok = sc.matchPast(i, m)
		}
		if !ok && starts&startTime != 0 && textNext[ro[1]].has(next) {
			kind = MatchKindTime
			n, ok = sc.matchTime(i, m)
		}
		if !ok && starts&startQuantity != 0 && textNext[ro[2]].has(next) {
			kind = MatchKindQuantity
			n, ok = sc.matchQuantity(i, m)
		}
		if !ok && starts&startAction != 0 && !sc.noActionAt(i) {
			kind = MatchKindAction
			n, ok = sc.matchAction(i, m)
		}
		if !ok && starts&startVague != 0 && textNext[ro[4]].has(next) {
			kind = MatchKindVague
			n, ok = sc.matchVague(i, m)
		}
		if !ok {
			switch t.w {
			case wPastVerb, wEsPastV:
				if t.vflags&vAmbig == 0 {
					sc.pastClause = true // not "quit smoking"
				}
			case wWill, wIll, wIm, wEsVoy, wEsQuiero, wSo:
				sc.pastClause = false
			}
			i++
			continue
		}
		switch {
		case kind == MatchKindAction:
			sc.firstPerson, sc.pastClause = true, false
		case m.Rule == RulePastTense: // from the past or the time rules
			sc.pastClause = true
		}
		if m.Rule == RuleTimeOfDay {
			sc.clocks[sc.nclocks] = sc.pending
			sc.clocks[sc.nclocks].idx = len(out)
			sc.nclocks++
		}
		if m == &spare {
			if out == nil {
				// A long text with one match has many: about one per 25 bytes.
				out = make([]Match, 0, max(8, (len(text)-sc.toks[i].start)/25))
			}
			out = append(out, spare)
		} else {
			out = out[:len(out)+1]
		}
		// The offsets are set in place: set on spare before the append,
		// the copy's wide loads would wait for these narrow stores.
		m = &out[len(out)-1]
		m.Start, m.End = sc.toks[i].start, sc.toks[n-1].end
		if sc.toks[i].tflags&tMoney != 0 {
			m.Start-- // "$200" takes in its sign
		}
		i = n
	}
	return sc.endSentence(out)
}

// endSentence resolves the times of day of the sentence that ends: each
// refines the nearest deadline of a whole day in the sentence ("tomorrow at
// 9am"); with "by" and no day it sets a deadline of its own on the
// reference day, or the next day if that time has passed ("by 5pm"); any
// other ("the 6:30 meeting") names a time, not a limit, and is dropped.
func (sc *textScanner) endSentence(out []Match) []Match {
	removed := 0
	for k := 0; k < sc.nclocks; k++ {
		c := sc.clocks[k]
		idx := c.idx - removed
		best := -1
		for j := sc.sentence; j < len(out); j++ {
			mj := &out[j]
			if j == idx || mj.Deadline.IsZero() || mj.Rule == RuleTimeOfDay {
				continue
			}
			if h, mi, s := mj.Deadline.Clock(); h != 23 || mi != 59 || s != 59 {
				continue
			}
			if best < 0 || absInt(j-idx) < absInt(best-idx) {
				best = j
			}
		}
		switch {
		case best >= 0:
			d := out[best].Deadline
			y, mo, dd := d.Date()
			at := time.Date(y, mo, dd, c.minutes/60, c.minutes%60, 0, 0, d.Location())
			out[best].Deadline, out[idx].Deadline = at, at
		case c.by:
			ref := sc.clk.ref
			y, mo, dd := ref.Date()
			at := time.Date(y, mo, dd, c.minutes/60, c.minutes%60, 0, 0, ref.Location())
			if at.Before(ref) {
				at = at.AddDate(0, 0, 1)
			}
			out[idx].Deadline = at
		default:
			out = append(out[:idx], out[idx+1:]...)
			removed++
		}
	}
	sc.nclocks = 0
	sc.sentence = len(out)
	return out
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// textInert marks the words that start no rule, and wOther (a word the
// rules do not know): the rules read them only inside a phrase that starts
// elsewhere.
var textInert = func() (t [256]bool) {
	for _, w := range []textWord{wOther, wJoin, wMy, wWith, wFor, wOf, wAnd, wTo, wThan, wOr, wIf, wLife,
		wTogether, wBack, wNameNoun, wEventNoun, wEventVerb, wLeast, wMost, wLater, wNow, wTime,
		wTimes, wPm, wOclock, wAgo, wNeeded, wPossible, wPoint, wFuture, wNear, wCan, wBest,
		wDown, wGoing, wGonna, wWanna, wWant, wPlan, wIntend, wCommit, wPromise, wAdverb, wBeen,
		wEsY, wEsO, wEsQue, wEsViene, wEsTardar, wEsComp, wEsSeguido, wEsVez, wMinute, wHour,
		wDay, wWeek, wMonth, wYear, wDollar, wAge} {
		t[w] = true
	}
	return t
}()

// The rule families a word can start, in textStart.
const (
	startPast uint8 = 1 << iota
	startTime
	startQuantity
	startAction
	startVague
)

// textStartEN and textStartES mark, for each word, the rule families that
// can start at it in each language: the scan tries a family only where it
// can start. Each list is the first words the family's rules switch on.
var textStartEN, textStartES = textStarts(false), textStarts(true)

func textStarts(es bool) (t [256]uint8) {
	set := func(bit uint8, ws ...textWord) {
		for _, w := range ws {
			t[w] |= bit
		}
	}
	numberLike := []textWord{wNumber, wRange, wTimesN, wNumWord, wDozen, wCouple, wHalf, wA, wAn, wOne, wHundred}
	if es {
		// matchPastES: "desde", "ayer", "hace", "he", the past tenses, and a
		// day or period before "pasado" ("el viernes pasado").
		set(startPast, wYesterday, wEsDesde, wEsHace, wEsHe, wEsPastV, wThe, wThis,
			wWeek, wMonth, wYear, wNight, wSeason, wWeekend, wMorning, wEvening)
		for w := wMonday; w <= wSunday; w++ {
			t[w] |= startPast
		}
	} else {
		// matchPast: "since", "last", "yesterday", "I", an amount and "ago".
		set(startPast, wSince, wLast, wYesterday, wI)
		set(startPast, numberLike...)
	}
	set(startTime, wWithin, wIn, wOver, wAt, wClock, wClockBare, wNoon, wNumber, wBy,
		wBefore, wOn, wUntil, wThrough, wNo, wPrior, wAfter, wOnce, wWhen, wToday, wTonight,
		wTomorrow, wISODate, wNumDate, wOrdinal, wA, wAn, wOne, wNumWord, wThis, wNext, wThe, wEnd,
		wMid, wEarly, wLate, wEsDentro, wEsEn, wEsA, wEsLas, wEsPara, wEsHasta, wEsAntes, wEsCuando,
		wEsDespues, wEsPasado, wEsFin)
	set(startQuantity, wEvery, wEach, wEsCada, wEsTodos, wEsA, wOne, wOn, wThe, wAt, wNo,
		wNot, wAtLeast, wAtMost, wUp, wA, wMaximum, wMinimum, wMore, wLess, wFewer, wEsMas, wEsMenos,
		wEsAl, wEsPor, wEsComo, wEsHasta, wOver, wUnder, wExactly, wBetween, wFrom, wEsDe, wOnce,
		wTwice, wDaily, wNightly, wWeekly, wMonthly, wYearly, wEsDiario, wNumber, wRange, wTimesN,
		wNumWord, wDozen, wCouple, wHalf, wAn, wHundred)
	set(startAction, wIll, wIm, wWill, wShall, wI, wEsVoy, wEsVamos, wEsQuiero, wEsPienso, wEsMe, wEsFuture)
	set(startVague, wBetter, wImprove, wVagueVerb, wMore, wLess, wFewer, wTry, wDo, wTrying, wAttempt,
		wHope, wMaybe, wPerhaps, wHopefully, wMight, wPossibly, wSome, wSomeday, wSometime, wEventually,
		wSoon, wAsap, wOne, wAt, wIn, wWhen, wAs, wSo, wSeveral, wLots, wRegularly, wA, wWork, wDeal,
		wGet, wCut, wEsMejor, wEsMas, wEsMenos, wEsTratar, wEsIntent, wEsOjala, wEsTal, wEsA,
		wEsAlgo, wEsTanto, wEsAlgun, wEsLo, wEsGanas, wEsAdelant)
	for w := wMonday; w <= wSunday; w++ {
		t[w] |= startTime | startQuantity
	}
	for w := wJanuary; w <= wDecember; w++ {
		t[w] |= startTime
	}
	if !es {
		// An English quantity never starts at "the": only "los", "las"
		// start a list of weekdays ("los lunes y miércoles").
		t[wThe] &^= startQuantity
	}
	return t
}
