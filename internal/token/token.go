package token

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// The classes of a byte in [Class].
const (
	// ClassOther is a byte that separates words and is no phrase boundary.
	ClassOther uint8 = 0
	// ClassLetter is an ASCII letter.
	ClassLetter uint8 = 1 << iota
	// ClassDigit is an ASCII digit.
	ClassDigit
	// ClassBreak is a phrase boundary: . ! ? ; : ( ) [ ] { } and line breaks.
	ClassBreak
	// ClassHigh is a byte of 0x80 or above: part of a multi-byte rune, to be
	// decoded.
	ClassHigh
	// ClassWord is ClassLetter or ClassDigit.
	ClassWord = ClassLetter | ClassDigit
)

// Class maps each byte to its class. It is filled at init and never written
// after.
var Class = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = ClassLetter
		t[c-'a'+'A'] = ClassLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = ClassDigit
	}
	for _, c := range []byte(".!?;:()[]{}\n\r") {
		t[c] = ClassBreak
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = ClassHigh
	}
	return t
}()

// Word is one word of a text.
//
// The zero value is an empty word at offset 0.
type Word struct {
	// Start is the byte offset of the word's first byte.
	Start int
	// End is the byte offset just after its last byte.
	End int
	// Break reports that a phrase boundary stands between the previous word
	// (or the start of the text) and this one.
	Break bool
	// Dot reports that the boundary is only one '.' right after the previous
	// word, followed by spaces: the dot of an abbreviation, or the end of a
	// sentence.
	Dot bool
}

// Scanner yields the words of a text in order. Set Text (and Dashes, if
// wanted) and call [Scanner.Next] until it reports false.
//
// The zero value scans the empty text. A Scanner is not safe for concurrent
// use; it holds no pointers but the text.
type Scanner struct {
	// Text is the text to scan.
	Text string
	// Dashes makes an en dash (U+2013) or an em dash (U+2014) between
	// letters join them like a hyphen.
	Dashes bool
	pos    int
	ascii  bool
	joined bool
}

// ASCII reports that every byte of the word the last call to
// [Scanner.Next] returned is ASCII, so that lower-casing each byte folds it
// as [Fold] does. (Word keeps to four fields, which the compiler keeps in
// registers.)
func (s *Scanner) ASCII() bool { return s.ascii }

// Joined reports that the word the last call to [Scanner.Next] returned
// holds a connector: an apostrophe, a hyphen or a dash between letters, or
// the '.', ':', '/' or ',' of a number ("check-in", "it's", "9:30").
func (s *Scanner) Joined() bool { return s.joined }

// Pos returns the byte offset where the next call to [Scanner.Next] starts.
func (s *Scanner) Pos() int { return s.pos }

// Seek makes the next call to [Scanner.Next] start at byte offset pos,
// clamped to the text, as if the previous word had ended there. A reader
// that reads the plain words itself (see [ASCIIWordBits]) seeks to the end
// of the last one and lets Next read the rest.
func (s *Scanner) Seek(pos int) { s.pos = min(max(pos, 0), len(s.Text)) }

// runeLen returns the byte length of the word character at text[i], or 0.
func runeLen(text string, i int) int {
	c := text[i]
	k := Class[c]
	if k&ClassWord != 0 {
		return 1
	}
	if k != ClassHigh {
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size <= 1 || r == '’' {
		return 0
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return size
	}
	return 0
}

// isDigit reports whether text[i] exists and is an ASCII digit.
func isDigit(text string, i int) bool {
	return i >= 0 && i < len(text) && Class[text[i]] == ClassDigit
}

// Next returns the next word and true, or false at the end of the text.
func (s *Scanner) Next() (Word, bool) {
	text := s.Text
	i := s.pos
	brk, dot := false, false
	gapStart := i
	for i < len(text) {
		c := text[i]
		k := Class[c]
		if k&ClassWord != 0 {
			break
		}
		if c == ' ' {
			i++ // the most common gap
			continue
		}
		if k == ClassHigh {
			if n := runeLen(text, i); n > 0 {
				break
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		if k == ClassBreak {
			dot = !brk && c == '.' && i == gapStart && i > 0
			brk = true
		} else if c != ' ' && c != '\t' {
			dot = false
		}
		i++
	}
	if i >= len(text) {
		s.pos = len(text)
		return Word{}, false
	}
	start, ascii, joined := i, true, false
	for {
		i = asciiRun(text, i)
		if i == len(text) || text[i] == ' ' {
			break // the common end of a word
		}
		if n := runeLen(text, i); n > 0 {
			i += n
			ascii = false
			continue
		}
		conn := 0
		switch c := text[i]; {
		case c == '\'' || c == '-':
			conn = 1
		case c == '.' || c == ':' || c == '/':
			if isDigit(text, i-1) && isDigit(text, i+1) {
				conn = 1
			}
		case c == ',':
			if isDigit(text, i-1) && isDigit(text, i+1) && isDigit(text, i+2) && isDigit(text, i+3) && !isDigit(text, i+4) {
				conn = 1 // "10,000"
			}
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80:
			switch text[i+2] {
			case 0x99, 0x90, 0x91: // ’ ‐ ‑
				conn = 3
			case 0x93, 0x94: // – —
				if s.Dashes {
					conn = 3
				}
			}
		}
		if conn > 0 && i+conn < len(text) && runeLen(text, i+conn) > 0 {
			ascii, joined = ascii && conn == 1, true
			i += conn
			continue
		}
		break
	}
	s.pos, s.ascii, s.joined = i, ascii, joined
	return Word{Start: start, End: i, Break: brk, Dot: brk && dot}, true
}

// asciiRun returns the end of the run of ASCII letters and digits at
// text[i:], reading eight bytes at a time while eight are left.
func asciiRun(text string, i int) int {
	for i+8 <= len(text) {
		n := asciiWordBytes(binary.LittleEndian.Uint64([]byte(text[i : i+8])))
		i += n
		if n < 8 {
			return i
		}
	}
	for i < len(text) && Class[text[i]]&ClassWord != 0 {
		i++
	}
	return i
}

// asciiWordBytes returns how many of the eight bytes of x, first byte
// lowest, are ASCII letters or digits before the first that is not.
func asciiWordBytes(x uint64) int {
	return bits.TrailingZeros64(^asciiWordMask(x)&high) / 8
}

// high is the top bit of each of eight bytes.
const high = 0x8080808080808080

// asciiWordMask returns the top bit of each of the eight bytes of x that is
// an ASCII letter or digit.
func asciiWordMask(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := x &^ high     // each byte's low seven bits: sums stay in the byte
	y := low | 0x20*ones // letters lower-cased (digits keep bit 0x20)
	letter := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones)
	digit := (low + (0x80-'0')*ones) &^ (low + (0x80-'9'-1)*ones)
	return (letter | digit) &^ x & high // ASCII bytes only
}

// ASCIIWordBits returns one bit for each of the eight bytes of x, the first
// byte lowest (as binary.LittleEndian reads them): 1 for an ASCII letter or
// digit, 0 for any other byte.
func ASCIIWordBits(x uint64) uint8 {
	// Each top bit 8j+7 moves to bit 56+j; no two partial products meet.
	return uint8(asciiWordMask(x) * 0x0002040810204081 >> 56)
}
