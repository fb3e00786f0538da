package wording

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/recoverykit/recovery/internal/token"
)

// Check finds deficit-based and stigmatizing wording in text and returns one
// [Flag] for each passage, in order of position; the flags never overlap. It
// returns nil when it finds none, and always for the person's own words:
// person-first guidance is for how a team writes about a person, so only a
// text whose is [WhoseTeam] is checked. Any other value of whose, the zero
// value included, is read as the person's words.
//
// opts chooses the language (nil means English); the package doc lists the
// rules of each language, how a rule reads the words around a term, and what
// is never flagged.
//
// Check reads text once, in time linear in its length; it allocates only
// the flags it returns (see [AppendCheck] for a buffer of the caller's). It
// is safe for concurrent use.
func Check(text string, whose Whose, opts *Options) []Flag {
	if whose != WhoseTeam {
		return nil
	}
	var c checker
	c.start(text, opts)
	c.run()
	return c.out.result()
}

// AppendCheck appends the flags [Check] finds in text to dst and returns the
// extended slice; with nothing found, or for the person's own words, it
// returns dst as it is. It allocates only when dst has no room for the
// flags, so a caller that checks text as it is typed, or many notes in a
// loop, can keep one buffer:
//
//	flags = wording.AppendCheck(flags[:0], note, wording.WhoseTeam, nil)
//
// The flags' offsets are into text, whatever dst held before. Like append,
// it may write in dst's spare capacity past what it returns.
func AppendCheck(dst []Flag, text string, whose Whose, opts *Options) []Flag {
	if whose != WhoseTeam {
		return dst
	}
	var c checker
	c.start(text, opts)
	if dst == nil {
		c.run()
		return c.out.result()
	}
	c.out.all = dst
	c.run()
	return c.out.all
}

// start sets c up to check text, field by field: a composite literal is
// built aside and copied.
func (c *checker) start(text string, opts *Options) {
	l := langEnglish
	if opts != nil {
		l = langOf(opts.Language)
	}
	c.t, c.text, c.lang, c.base = compiled, text, l, -blockSize
}

// ref is one word of the text, looked up when a pattern needs it.
type ref struct {
	start, end int
	// hash is the word's plainHash when skim read it (a plain word), or 0:
	// resolve then folds the word to hash it. skim leaves 0 for most
	// plain words too (see skim), and try hashes the word before an anchor
	// with patterns keyed by it.
	hash uint64
	// id is the word's entry, -1 for none, -2 before the lookup.
	id  int32
	ing bool
	// cut is how many bytes a possessive "'s" takes off the end when the
	// word matched as its stem (see stemEnd).
	cut uint8
}

// stemEnd is the end of the word without a possessive "'s" when the word
// matched as its stem, else its end.
func (r *ref) stemEnd() int { return r.end - int(r.cut) }

const ringSize = 8

// checker is the state of one call of Check.
type checker struct {
	t    *table
	text string
	lang int
	// pos is where the next word is looked for: see next.
	pos int
	// The block of skim: starts and ends hold a bit for the first and the
	// last byte of each run of ASCII letters and digits not yet read in the
	// 64 bytes from base (see fill); base < 0 before the first. nextBase is
	// where the next block starts. pad holds a copy of the bytes from base.
	base, nextBase int
	starts, ends   uint64
	pad            [blockRead]byte
	out            flagList
	// ring holds the last words read; n counts all words read.
	ring [ringSize]ref
	n    int
	// la is the queue of the words after the current one that were read
	// ahead: nla of them from laHead.
	la     [8]ref
	laHead int
	nla    int
	// lastEnd is where the last flag or protected name ended: nothing
	// before it is flagged again.
	lastEnd int
	// The open quotation, if any: its closing mark, whether it quotes the
	// person, and len(out) when it opened.
	quote     byte
	quoted    bool
	quoteMark int
	buf       [maxKey + 8]byte
}

// The kinds of quotation mark, as the closing mark they wait for.
const (
	quoteNone   = 0
	quoteDouble = '"'  // " ... " and “ ... ”
	quoteSingle = '\'' // ' ... ' and ‘ ... ’
	quoteAngle  = '>'  // « ... »
	// quoteSentence is the person's words after a colon, to the end of the
	// sentence.
	quoteSentence = ':'
)

func (c *checker) run() {
	t := c.t
	text := c.text
	prevEnd := 0
	for {
		var r *ref
		if c.nla > 0 {
			// A word already read ahead, and perhaps looked up.
			r = &c.ring[c.n&(ringSize-1)]
			*r = c.la[c.laHead]
			c.laHead = (c.laHead + 1) % len(c.la)
			c.nla--
			if r.start != prevEnd+1 || text[prevEnd] != ' ' {
				c.gap(prevEnd, r.start, r.end)
			}
			c.n++
			prevEnd = r.end
			if r.id == -2 && (r.hash != 0 && !t.plain[c.lang].has(r.hash) || r.hash == 0 && !t.anchors[c.lang].has(text[r.start:r.end])) {
				continue
			}
		} else {
			var found bool
			if prevEnd, found = c.skim(prevEnd); found {
				r = &c.ring[(c.n-1)&(ringSize-1)]
			} else {
				start, end, ok := c.next()
				if !ok {
					break
				}
				r = &c.ring[c.n&(ringSize-1)]
				r.start, r.end, r.hash, r.id = start, end, 0, -2
				if gap := start - prevEnd; gap > 1 || gap == 1 && text[prevEnd] != ' ' {
					c.gap(prevEnd, start, end)
				}
				c.n++
				prevEnd = end
				if !t.anchors[c.lang].has(text[start:end]) {
					continue
				}
			}
		}
		c.resolve(r)
		if r.id < 0 || len(t.entries[r.id].anchors[c.lang]) == 0 {
			continue
		}
		c.try(r)
	}
	if prevEnd < len(text) {
		c.gap(prevEnd, len(text), len(text))
	}
	c.closeQuote(false)
}

// flagList holds the flags of a call of Check: in first while they fit, so
// that a call with a few flags allocates once, for the flags it returns,
// and then in all. For AppendCheck, all is the caller's buffer from the
// start, and the flags' count includes what it held.
type flagList struct {
	first [4]Flag
	n     int
	all   []Flag // for Check, nil until first overflows; then every flag
}

// add adds the flag f after the others.
func (l *flagList) add(f Flag) {
	switch {
	case l.all != nil:
		l.all = append(l.all, f)
	case l.n < len(l.first):
		l.first[l.n] = f
		l.n++
	default:
		l.all = append(append(make([]Flag, 0, 4*len(l.first)), l.first[:]...), f)
	}
}

// len returns the number of flags.
func (l *flagList) len() int {
	if l.all != nil {
		return len(l.all)
	}
	return l.n
}

// truncate keeps the first n flags.
func (l *flagList) truncate(n int) {
	if l.all != nil {
		l.all = l.all[:n]
	} else {
		l.n = n
	}
}

// result returns the flags, or nil for none.
func (l *flagList) result() []Flag {
	if l.all != nil {
		if len(l.all) == 0 {
			return nil
		}
		return l.all
	}
	if l.n == 0 {
		return nil
	}
	out := make([]Flag, l.n)
	for i := range out {
		out[i] = l.first[i] // cheaper than copy's call for a few flags
	}
	return out
}

// blockSize is the bytes of a block of skim; blockRead the bytes it may
// read from a block's base.
const (
	blockSize = 64
	blockRead = blockSize + 8
)

// skim is Check's first pass: from pos, the end of the last word read, it
// reads the words that cannot start a pattern into the ring, as the main
// loop would, and returns the end of the last word it read and true when
// that word may (it passes the anchor filter), false when it stopped before
// a word it leaves to next, or at the end of the text.
//
// skim reads a word of ASCII bytes in its block, after a gap with no byte of
// 0x80 and above: a plain word (ASCII letters and digits only), or runs of
// them that joinWord joins ("non-compliant", "1:1"); next reads any other.
// It reads a block of 64 bytes at a time (see fill), so that where a word
// starts and ends comes from bits in a register. Most words are plain and
// follow a gap in the block with no byte that gap reads (see quietGap):
// skimPlain reads them, in a loop that calls nothing, and tests each against
// the anchors by its first and last letters and its length (plainLetters),
// with no hash. skim hashes a word that passes and tests it by its
// plainHash. skimWord reads the other words (and hashes a plain one),
// calls gap for a gap with a byte gap reads, and moves to the next block.
//
// The words skimPlain reads keep hash 0, which resolve reads as a word to
// fold; try hashes the word before an anchor, if it is plain, when the
// anchor has patterns keyed by it (see prevIndex), which test its hash.
func (c *checker) skim(pos int) (int, bool) {
	// Words before pos have been read (by next, perhaps).
	if q := pos - c.base; q >= blockSize {
		c.starts, c.ends = 0, 0
	} else if q > 0 {
		m := ^uint64(0) << q
		c.starts, c.ends = c.starts&m, c.ends&m
	}
	c.pos = pos
	for {
		var stop, found bool
		if c.skimPlain() {
			// A word that passes the filter by letters and length: the
			// filter by its hash.
			r := &c.ring[(c.n-1)&(ringSize-1)]
			r.hash = wordHash(&c.pad, uint(r.start-c.base), uint(r.end-c.base))
			stop, found = c.t.plain[c.lang].has(r.hash), true
		} else {
			stop, found = c.skimWord()
		}
		if stop {
			return c.pos, found
		}
	}
}

// hashAt returns the plainHash of the plain word text[start:end].
func (c *checker) hashAt(start, end int) uint64 {
	if start+8 > len(c.text) {
		return plainKeyHash(c.text[start:end])
	}
	x := load64(c.text[start : start+8])
	if end-start < 8 {
		return shortHash(x, end-start)
	}
	return plainHash(x, load64(c.text[end-8:end]), end-start)
}

// skimPlain is skim's loop over the plain words of its block: from the
// state skim keeps in c (base, starts, ends, n, pos), it reads each plain
// word after a gap with no byte that gap reads (see quietGap) into the ring
// without its hash, until a word that passes plainLetters, the anchors'
// filter by letters and length (it returns true, that word read), any other
// word, or the end of the block (false). It calls nothing, so that its loop
// keeps the state in registers.
func (c *checker) skimPlain() bool {
	f := &c.t.plainLetters[c.lang]
	base, starts, ends, n := c.base, c.starts, c.ends, c.n
	q := c.pos - base // pos from base
	found := false
	for starts != 0 {
		// The word at the lowest bit, and the byte after it: c.pad holds
		// it, or a zero past the end of the text (e is at most 64, and 64
		// only for a run that ends the text).
		s := uint(bits.TrailingZeros64(starts)) & (blockSize - 1)
		e := uint(bits.TrailingZeros64(ends|1<<63)) + 1 // ends has a bit for each of starts
		if q < 0 {
			// The gap starts in the block before.
			if !c.quietText(base+q, base+int(s)) {
				break
			}
		} else if !c.quietGap(uint(q), s) {
			break
		}
		last := c.pad[e-1]
		if c.joinsNext(e) {
			break
		}
		r := &c.ring[n&(ringSize-1)]
		r.start, r.end, r.hash, r.id = base+int(s), base+int(e), 0, -2
		starts &= starts - 1
		ends &= ends - 1
		q = int(e)
		n++
		// The anchor filter by the first and last letters and the length.
		if k := e - s; f[c.pad[s]&31][last&31]>>(k&63)&1 != 0 {
			found = true
			break
		}
	}
	c.starts, c.ends, c.n, c.pos = starts, ends, n, base+q
	return found
}

// quietGap reports whether the gap pad[q:s] of skim's block (q < s) has no
// byte that gap reads and none of 0x80 and above: then skim's loop reads the
// word after it. A gap of one or two bytes, most of them, is read with no
// branch on which: after a gap of one, the second byte is the first of the
// word, which gap does not read.
func (c *checker) quietGap(q, s uint) bool {
	var k uint8
	if s-q <= 2 {
		k = gapMarks[c.pad[q&(blockSize-1)]] | gapMarks[c.pad[(q+1)&(blockSize-1)]]
	} else {
		for i := q; i < s; i++ {
			k |= gapMarks[c.pad[i&(blockSize-1)]]
		}
	}
	return c.quiet(k)
}

// quietText reports whether the gap text[from:to] has no byte that gap
// reads and none of 0x80 and above, as quietGap does.
func (c *checker) quietText(from, to int) bool {
	return c.quiet(c.gapKinds(from, to))
}

// gapKinds returns the kinds (gapMarks) of the bytes of text[from:to], or'd.
func (c *checker) gapKinds(from, to int) uint8 {
	var k uint8
	for i := from; i < to; i++ {
		k |= gapMarks[c.text[i]]
	}
	return k
}

// quiet reports whether a gap whose bytes have the kinds k holds no byte
// that gap reads and none of 0x80 and above: an end of sentence counts
// only in a quotation that runs to the end of the sentence.
func (c *checker) quiet(k uint8) bool {
	return k == markNone || k == markSentence && c.quote != quoteSentence
}

// skimWord reads on for skim where its loop does not, from the state skim
// keeps in c (base, starts, ends, n, pos): when starts is empty, it moves to
// the next block; else it reads the word at the lowest bit of starts, and
// calls gap for a gap with a byte gap reads. It returns whether skim returns,
// and then what it returns: true at a word that passes the anchor filter,
// false before a word that next reads, or at the end of the text.
func (c *checker) skimWord() (stop, found bool) {
	text := c.text
	base, starts, ends, n, pos := c.base, c.starts, c.ends, c.n, c.pos
	if starts == 0 {
		// The next block.
		next := max(c.nextBase, pos)
		if next >= len(text) || next == base {
			return true, false // the end, or a word of 64 bytes or more: next reads it
		}
		c.base = next
		c.starts, c.ends = c.fill(next)
		return false, false
	}
	first, last := starts&-starts, ends&-ends
	s := uint(bits.TrailingZeros64(starts)) & (blockSize - 1)
	e := uint(bits.TrailingZeros64(ends)) + 1
	start, end := base+int(s), base+int(e)
	k := c.gapKinds(pos, start)
	if k&markHigh != 0 {
		return true, false
	}
	marks := !c.quiet(k)
	plain := !c.joinsNext(e)
	var h uint64
	if plain {
		h = wordHash(&c.pad, s, e)
	} else {
		// A word such as "non-compliant", "it's" or "1:1", or one next
		// reads.
		js, je, jend, ok := c.joinWord(starts, ends, e)
		if !ok {
			return true, false
		}
		starts, ends, e = js, je, jend
		last, end = ends&-ends, base+int(e)
	}
	r := &c.ring[n&(ringSize-1)]
	r.start, r.end, r.hash, r.id = start, end, h, -2
	if marks {
		c.gap(pos, start, end)
	}
	c.starts, c.ends, c.n, c.pos = starts^first, ends^last, n+1, end
	if plain {
		found = c.t.plain[c.lang].has(h)
	} else {
		found = c.t.anchors[c.lang].has(text[start:end])
	}
	return found, found
}

// wordHash is plainHash of the plain word pad[s:e] of skim's block, with no
// branch on its length: wordMasks keeps what plainHash reads of the first
// and the last eight bytes. For a word of fewer than eight bytes, y holds
// other bytes of the block, and its mask none of them.
func wordHash(pad *[blockRead]byte, s, e uint) uint64 {
	k := e - s
	m := &wordMasks[k&(2*blockSize-1)]
	x := binary.LittleEndian.Uint64(pad[s&(blockSize-1):])
	y := binary.LittleEndian.Uint64(pad[(e-8)&(blockSize-1):])
	return ((x|lowerBits)&m[0] ^ (y|lowerBits)&m[1]*0xC2B2AE3D27D4EB4F ^ uint64(k)) * 0x9E3779B97F4A7C15
}

// wordMasks[n] holds, for a word of n bytes (n <= 64), the masks of
// wordHash: the bytes of the word among its first eight, and what plainHash
// reads of its last eight (with the lower-case bits set): nothing below eight
// bytes, only those bits for eight.
var wordMasks = func() (t [2 * blockSize][2]uint64) {
	for n := range t {
		switch {
		case n < 8:
			t[n] = [2]uint64{byteMask[n], 0}
		case n == 8:
			t[n] = [2]uint64{^uint64(0), lowerBits}
		default:
			t[n] = [2]uint64{^uint64(0), ^uint64(0)}
		}
	}
	return t
}()

// joinWord reads on from the run of the block that ends at e, the lowest
// of ends, across the connectors token.Scanner reads inside a word: an
// apostrophe or a hyphen before an ASCII letter or digit ("it's",
// "non-compliant"), and '.', ':' or '/' between digits ("1:1", "3/9"). It
// joins the runs so connected into one word and returns the bits without the
// runs it joined, the end of the word, and true; false when next must read
// the word (a connector before a run not in the block or a byte of 0x80 and
// above, a ',' after a digit, or a byte of 0x80 and above after the word).
func (c *checker) joinWord(starts, ends uint64, e uint) (uint64, uint64, uint, bool) {
	for {
		b := c.pad[e]
		switch endsWord[b] {
		case endsAlways:
			return starts, ends, e, true
		case endsNot:
			if b != '\'' && b != '-' {
				return 0, 0, 0, false
			}
		default:
			if token.Class[c.pad[e-1]] != token.ClassDigit {
				return starts, ends, e, true // after a letter, the connector ends the word
			}
			if b == ',' {
				return 0, 0, 0, false
			}
		}
		if e+1 >= blockSize || c.pad[e+1] >= utf8.RuneSelf {
			return 0, 0, 0, false
		}
		if k := token.Class[c.pad[e+1]]; k == token.ClassOther || k == token.ClassBreak || k == token.ClassLetter && b != '\'' && b != '-' {
			return starts, ends, e, true // nothing the connector joins
		}
		if starts&(1<<(e+1)) == 0 {
			return 0, 0, 0, false // the run goes on past the block
		}
		starts ^= 1 << (e + 1)
		ends &= ends - 1 // the end of the run read so far
		e = uint(bits.TrailingZeros64(ends)) + 1
	}
}

// gapMarks are the bytes that gap reads: markAlways, or markSentence for an
// end of sentence, which gap reads only in a quotation that runs to the end
// of the sentence; and markHigh for a byte of 0x80 and above, which skim
// leaves to next.
var gapMarks = func() (t [256]uint8) {
	for _, b := range []byte("\n\r:\"'") {
		t[b] = markAlways
	}
	for _, b := range []byte(".!?") {
		t[b] = markSentence
	}
	for b := utf8.RuneSelf; b < len(t); b++ {
		t[b] = markHigh
	}
	return t
}()

// The kinds of byte in gapMarks, one bit each.
const (
	markNone     = 0
	markAlways   = 1
	markSentence = 2
	markHigh     = 4
)

// fill copies the 72 bytes from base to c.pad (fewer at the end of the
// text, and then zeros), and returns two bits for each of the 64: the first
// and the last bytes of the runs of ASCII letters and digits. A run that
// reaches the 64th byte with more text after it is left out, and c.nextBase
// is where it starts, for the next block; else c.nextBase is the end of the
// block. A block that is all one run is left out whole (c.nextBase is base).
func (c *checker) fill(base int) (starts, ends uint64) {
	p := &c.pad
	if b := c.text[base:]; len(b) >= blockRead {
		// Eight bytes at a time, with no call and no bounds checks.
		binary.LittleEndian.PutUint64(p[0:8], load64(b[0:8]))
		binary.LittleEndian.PutUint64(p[8:16], load64(b[8:16]))
		binary.LittleEndian.PutUint64(p[16:24], load64(b[16:24]))
		binary.LittleEndian.PutUint64(p[24:32], load64(b[24:32]))
		binary.LittleEndian.PutUint64(p[32:40], load64(b[32:40]))
		binary.LittleEndian.PutUint64(p[40:48], load64(b[40:48]))
		binary.LittleEndian.PutUint64(p[48:56], load64(b[48:56]))
		binary.LittleEndian.PutUint64(p[56:64], load64(b[56:64]))
		binary.LittleEndian.PutUint64(p[64:72], load64(b[64:72]))
	} else {
		clear(p[copy(p[:], b):])
	}
	// The 64 bytes, written out: eight independent words.
	w := uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[0:8]))) |
		uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[8:16])))<<8 |
		uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[16:24])))<<16 |
		uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[24:32])))<<24 |
		uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[32:40])))<<32 |
		uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[40:48])))<<40 |
		uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[48:56])))<<48 |
		uint64(token.ASCIIWordBits(binary.LittleEndian.Uint64(p[56:64])))<<56
	c.nextBase = base + blockSize
	if w>>(blockSize-1) != 0 && base+blockSize < len(c.text) {
		z := bits.Len64(^w) // the bytes from z on are one run, which may go on
		w &= 1<<z - 1
		c.nextBase = base + z
	}
	return w &^ (w << 1), w &^ (w >> 1)
}

// load64 returns the first eight bytes of b as binary.LittleEndian reads
// them.
func load64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// How a byte right after a run of ASCII letters and digits ends the word,
// in endsWord.
const (
	endsNot         = iota // it may join the word to the next: ' - or a byte of 0x80 and above, or it is a word byte
	endsAlways             // it ends the word
	endsAfterLetter        // . : / , end the word after a letter; after a digit, they may join a number
)

// joinsAfter maps a byte to the classes of the byte before it after which
// it may join a run of ASCII letters and digits to what follows: none when
// it ends the word (endsWord is endsAlways), token.ClassWord for endsNot,
// token.ClassDigit for endsAfterLetter.
var joinsAfter = func() (t [256]uint8) {
	for b := range t {
		switch endsWord[b] {
		case endsNot:
			t[b] = token.ClassWord
		case endsAfterLetter:
			t[b] = token.ClassDigit
		}
	}
	return t
}()

// joinsNext reports whether the byte pad[e] of skim's block, right after a
// run of ASCII letters and digits, may join the run to what follows
// ("non-compliant", "it's", "1:1"), so that the word is not plain.
func (c *checker) joinsNext(e uint) bool {
	return joinsAfter[c.pad[e]]&token.Class[c.pad[e-1]] != 0
}

// endsWord maps a byte to how it ends a word of ASCII letters and digits.
var endsWord = func() (t [256]uint8) {
	for b := range utf8.RuneSelf {
		if token.Class[b]&token.ClassWord == 0 {
			t[b] = endsAlways
		}
	}
	t['\''], t['-'] = endsNot, endsNot
	t['.'], t[':'], t['/'], t[','] = endsAfterLetter, endsAfterLetter, endsAfterLetter, endsAfterLetter
	return t
}()

// next reads the next word from c.pos with token.Scanner (with Dashes) and
// returns its span, or false at the end of the text. A word never starts
// before c.pos, which is the end of the last word read (or 0), so the scanner
// reads the same words from there as from the start of the text.
func (c *checker) next() (start, end int, ok bool) {
	sc := token.Scanner{Text: c.text[c.pos:], Dashes: true}
	w, ok := sc.Next()
	if !ok {
		c.pos = len(c.text)
		return 0, 0, false
	}
	start, end = c.pos+w.Start, c.pos+w.End
	c.pos = end
	return start, end, true
}

// resolve looks the word r up in the vocabulary, once.
func (c *checker) resolve(r *ref) {
	if r.id != -2 {
		return
	}
	r.id, r.cut = -1, 0
	if r.hash != 0 {
		// A plain word, hashed by skim: its bytes fold by lower case alone.
		w := c.text[r.start:r.end]
		n := len(w)
		r.ing = n > 4 && lower[w[n-3]] == 'i' && lower[w[n-2]] == 'n' && lower[w[n-1]] == 'g'
		if n <= maxKey {
			r.id = c.t.lookupPlain(r.hash, c.text, r.start, r.end)
		}
		return
	}
	w := c.text[r.start:r.end]
	// Fold: ASCII bytes through a table, anything else as token.Fold does;
	// hyphens out.
	n := 0
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= utf8.RuneSelf {
			f, ok := token.Fold(c.buf[:], w)
			if !ok {
				return
			}
			n = 0
			for _, b := range f {
				if b != '-' {
					c.buf[n] = b
					n++
				}
			}
			break
		}
		if b == '-' {
			continue
		}
		if n == len(c.buf) {
			return
		}
		c.buf[n] = lower[b]
		n++
	}
	k := c.buf[:n]
	if n > maxKey+2 || n == 0 {
		return
	}
	r.ing = n > 4 && k[n-3] == 'i' && k[n-2] == 'n' && k[n-1] == 'g'
	if n <= maxKey {
		if r.id = c.t.lookup(bufHash(&c.buf, n), k); r.id >= 0 {
			return
		}
	}
	if n > 2 && k[n-2] == '\'' && k[n-1] == 's' {
		if r.id = c.t.lookup(bufHash(&c.buf, n-2), k[:n-2]); r.id >= 0 {
			// The stem ends before the apostrophe (' or ’).
			r.cut = 2
			if c.text[r.end-2] != '\'' {
				r.cut = 4
			}
		}
	}
}

// bufHash is plainHash of the first n bytes of buf, n at most maxKey: the
// hash of a key as plainKeyHash computes it.
func bufHash(buf *[maxKey + 8]byte, n int) uint64 {
	x := binary.LittleEndian.Uint64(buf[:8])
	if n < 8 {
		return shortHash(x, n)
	}
	return plainHash(x, binary.LittleEndian.Uint64(buf[n-8:n]), n)
}

// lower maps each ASCII byte to its lower case.
var lower = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()

// back returns the word i places before the current one (0 is the current
// word), or nil. The word may not be looked up yet: see resolve.
func (c *checker) back(i int) *ref {
	if i >= c.n || i >= ringSize {
		return nil
	}
	return &c.ring[(c.n-1-i)&(ringSize-1)]
}

// ahead returns the word i places after the current one (i >= 1), or nil.
// The words read ahead wait in a queue for the main loop. The word may not be
// looked up yet: see resolve.
func (c *checker) ahead(i int) *ref {
	for c.nla < i {
		if c.nla == len(c.la) {
			return nil
		}
		r := &c.la[(c.laHead+c.nla)%len(c.la)]
		if !c.peek(r) {
			start, end, ok := c.next()
			if !ok {
				return nil
			}
			*r = ref{start: start, end: end, id: -2}
		}
		c.nla++
	}
	return &c.la[(c.laHead+i-1)%len(c.la)]
}

// peek reads the next word from c.pos into r as skim would, from the bits of
// skim's block, and reports whether it could: the word is plain, in the
// block, after a gap with no byte of 0x80 and above, and ends at a byte that
// cannot join it to what follows. Else next must read it.
func (c *checker) peek(r *ref) bool {
	q := c.pos - c.base
	if q < 0 || q >= blockSize {
		return false
	}
	m := ^uint64(0) << q
	starts, ends := c.starts&m, c.ends&m
	if starts == 0 {
		// The rest of the block is a gap: the word is in the next block,
		// which skim would read next, so read it now.
		if c.nextBase >= len(c.text) || c.nextBase == c.base {
			return false
		}
		c.base = c.nextBase
		c.starts, c.ends = c.fill(c.base)
		starts, ends = c.starts, c.ends
		if starts == 0 {
			return false
		}
	}
	s := uint(bits.TrailingZeros64(starts)) & (blockSize - 1)
	e := uint(bits.TrailingZeros64(ends)) + 1
	start, end := c.base+int(s), c.base+int(e)
	for i := c.pos; i < start; i++ {
		if c.text[i] >= utf8.RuneSelf {
			return false
		}
	}
	if c.joinsNext(e) {
		return false
	}
	*r = ref{start: start, end: end, hash: wordHash(&c.pad, s, e), id: -2}
	c.pos = end
	return true
}

// matches reports whether the word r matches the element e, looking r up
// first if need be.
func (c *checker) matches(r *ref, e *elem) bool {
	c.resolve(r)
	if r.id >= 0 {
		if c.t.entries[r.id].cls[c.lang]&e.cls != 0 {
			return true
		}
		if len(e.ids) <= 8 {
			for _, id := range e.ids {
				if id == r.id {
					return true
				}
			}
		} else if _, found := slices.BinarySearch(e.ids, r.id); found {
			return true
		}
	}
	if e.num && c.text[r.start] >= '0' && c.text[r.start] <= '9' {
		return true
	}
	if e.ing && r.ing {
		return r.id < 0 || c.t.entries[r.id].cls[c.lang]&c.t.noting[c.lang] == 0
	}
	return false
}

// mayJoin holds the bytes a gap that joined accepts can start with.
var mayJoin = func() (t [256]bool) {
	for _, b := range []byte{' ', '\t', '-', ':', 0xC2, 0xE2} {
		t[b] = true
	}
	return t
}()

// joined reports whether the gap between two words lets them stand in one
// phrase: spaces and tabs, at most one dash, and with colon at most one
// colon. Other punctuation and line breaks end a phrase. The common gap, one
// space, is tested inline; joinedGap reads the others.
func joined(gap string, colon bool) bool {
	if len(gap) == 1 && gap[0] == ' ' {
		return true
	}
	return joinedGap(gap, colon)
}

// joinedGap is joined for any gap.
func joinedGap(gap string, colon bool) bool {
	if gap == "" {
		return false
	}
	dashes, colons := 0, 0
	for i := 0; i < len(gap); {
		b := gap[i]
		switch {
		case b == ' ' || b == '\t':
			i++
		case b == '-':
			dashes++
			i++
		case b == ':' && colon:
			colons++
			i++
		case b == 0xC2 && i+1 < len(gap) && gap[i+1] == 0xA0: // no-break space
			i += 2
		case b == 0xE2 && i+2 < len(gap) && gap[i+1] == 0x80 && (gap[i+2] >= 0x90 && gap[i+2] <= 0x94):
			dashes++ // ‐ ‑ ‒ – —
			i += 3
		default:
			return false
		}
	}
	return dashes <= 1 && colons <= 1
}

// near reports whether the gap between two words keeps them close enough for
// negative context: as joined allows, or with one comma.
func near(gap string) bool {
	if i := strings.IndexByte(gap, ','); i >= 0 {
		return (i == 0 || joined(gap[:i], false)) && (i == len(gap)-1 || joined(gap[i+1:], false)) &&
			strings.IndexByte(gap[i+1:], ',') < 0
	}
	return joined(gap, false)
}

// try tries every pattern anchored on the current word r and flags the best
// match: the one whose span starts first, then the longest, then the first
// in the table. It tries the patterns keyed by the word before the anchor
// (see prevIndex) and the loose ones.
func (c *checker) try(r *ref) {
	t := c.t
	e := &t.entries[r.id]
	best := int32(-1)
	bestStart, bestEnd := 0, 0
	consider := func(pi int32) {
		start, end, ok := c.match(&t.patterns[pi])
		if !ok || start < c.lastEnd {
			return
		}
		if best < 0 || start < bestStart || start == bestStart && (end > bestEnd || end == bestEnd && pi < best) {
			bestStart, bestEnd, best = start, end, pi
		}
	}
	w := c.back(1)
	if p := &e.prev[c.lang]; len(p.ids) > 0 && w != nil {
		if w.hash == 0 && isPlain(c.text[w.start:w.end]) {
			// The word before, which skim left unhashed: its hash for the
			// filter, and for resolve.
			w.hash = c.hashAt(w.start, w.end)
		}
		if p.words.mayHave(w.hash) && joined(c.text[w.end:r.start], true) {
			if c.resolve(w); w.id >= 0 {
				for _, pi := range p.find(w.id) {
					consider(pi)
				}
			}
		}
	}
	if len(e.loose[c.lang]) > 0 && c.nearFits(r, w, &e.near[c.lang]) {
		for _, pi := range e.loose[c.lang] {
			p := &t.patterns[pi]
			if a := p.anchor; a > 0 {
				// The word before the anchor rules most patterns out: as
				// match would find, without its setting up.
				if w == nil || !c.matches(w, &p.elems[a-1]) {
					continue
				}
			}
			consider(pi)
		}
	}
	if best < 0 {
		return
	}
	p := &t.patterns[best]
	c.lastEnd = bestEnd
	if p.rule < 0 {
		return
	}
	c.out.add(Flag{Rule: t.rules[p.rule].Code, Start: bestStart, End: bestEnd})
}

// nearFits reports whether the words next to the anchor r (w is the word
// before it, or nil) may fit one of its loose patterns, which n sums up. It
// reads the word after r ahead only when its first byte may be that of a word
// that matches next (see initialAfter).
func (c *checker) nearFits(r, w *ref, n *nearby) bool {
	if n.always || n.paren && c.parenBefore(r.start) {
		return true
	}
	if n.hasPrev && w != nil && joined(c.text[w.end:r.start], true) && c.matches(w, &n.prev) {
		return true
	}
	if n.hasNext && r.end < len(c.text) && mayJoin[c.text[r.end]] {
		if n.nextExact {
			if b := c.initialAfter(r.end); b != 0 && !n.nextFirst.has(b) {
				return false // the next word starts as none that matches next: not read ahead
			}
		}
		if w := c.ahead(1); w != nil && (!n.nextExact || n.nextWords.mayHave(w.hash)) && joined(c.text[r.end:w.start], true) && c.matches(w, &n.next) {
			return true
		}
	}
	return false
}

// match matches p with its anchor on the current word and returns the span.
func (c *checker) match(p *pattern) (start, end int, ok bool) {
	k := len(p.elems)
	var words [12]*ref
	if k > len(words) {
		return 0, 0, false
	}
	// The anchor and the elements before it, backwards: the word right
	// before the anchor, first, rules most patterns out.
	words[p.anchor] = c.back(0) // the anchor matches: the pattern is indexed under it
	for i := p.anchor - 1; i >= 0; i-- {
		w := c.back(p.anchor - i)
		if w == nil || !c.matches(w, &p.elems[i]) {
			return 0, 0, false
		}
		if !joined(c.text[w.end:words[i+1].start], p.elems[i+1].colon) {
			return 0, 0, false
		}
		words[i] = w
	}
	// The elements after it.
	for i := p.anchor + 1; i < k; i++ {
		w := c.ahead(i - p.anchor)
		if w == nil || !joined(c.text[words[i-1].end:w.start], p.elems[i].colon) || !c.matches(w, &p.elems[i]) {
			return 0, 0, false
		}
		words[i] = w
	}
	// The negative context: a sequence that stands right before or after
	// the match, across spaces, a dash or a comma, rules it out.
	for _, seq := range p.pre {
		cur, found := words[0], true
		for j := len(seq) - 1; j >= 0 && found; j-- {
			w := c.back(p.anchor + len(seq) - j)
			found = w != nil && near(c.text[w.end:cur.start]) && c.matches(w, &seq[j])
			cur = w
		}
		if found {
			return 0, 0, false
		}
	}
	for _, seq := range p.post {
		prev, found := words[k-1], true
		for j := 0; j < len(seq) && found; j++ {
			w := c.ahead(k - p.anchor + j)
			found = w != nil && near(c.text[prev.end:w.start]) && c.matches(w, &seq[j])
			prev = w
		}
		if found {
			return 0, 0, false
		}
	}
	// "Alcoholics Anonymous", "Schizophrenics Anonymous": a name. A next
	// word that starts as no word of @anon does is not read ahead.
	if b := c.initialAfter(words[k-1].end); b == 0 || c.t.anonFirst[c.lang].has(b) {
		if after := c.ahead(k - p.anchor); after != nil && c.t.anonWords[c.lang].mayHave(after.hash) && joined(c.text[words[k-1].end:after.start], false) {
			if c.resolve(after); after.id >= 0 && c.t.entries[after.id].cls[c.lang]&c.t.anon[c.lang] != 0 {
				return 0, 0, false
			}
		}
	}
	start = words[p.lo].start
	last := words[p.hi-1]
	end = last.stemEnd()
	if p.parenOpen && !c.parenBefore(start) || p.parenEnd && !c.parenAfter(last.end) {
		return 0, 0, false
	}
	return start, end, true
}

// initialAfter returns the first byte of the word after the one that ends
// at end, in lower case, when one space stands between them and the byte is
// an ASCII letter or digit; else 0. It tests the next word against a set of
// initials with no need to read it ahead.
func (c *checker) initialAfter(end int) byte {
	if end+1 >= len(c.text) || c.text[end] != ' ' {
		return 0
	}
	b := c.text[end+1]
	if b >= utf8.RuneSelf || token.Class[b]&token.ClassWord == 0 {
		return 0
	}
	return lower[b]
}

// parenBefore reports whether an opening bracket stands right before i,
// spaces aside.
func (c *checker) parenBefore(i int) bool {
	for i > 0 && c.text[i-1] == ' ' {
		i--
	}
	return i > 0 && c.text[i-1] == '('
}

// parenAfter reports whether a closing bracket stands right after i, spaces
// aside.
func (c *checker) parenAfter(i int) bool {
	for i < len(c.text) && c.text[i] == ' ' {
		i++
	}
	return i < len(c.text) && c.text[i] == ')'
}
