package token

import "unicode/utf8"

// Fold writes the word w into buf lower-cased, with the Latin accents of
// Western European languages taken off (á é í ó ú ü ñ ç ... become a e i o u
// u n c) and a right single quote (’) made an apostrophe, and returns the
// written part of buf. It reports false, writing nothing useful, when w is
// longer than buf or holds a rune it cannot fold to ASCII.
func Fold(buf []byte, w string) ([]byte, bool) {
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			i += size
			c = foldRune(r)
			if c == 0 {
				return nil, false
			}
		}
		if n == len(buf) {
			return nil, false
		}
		buf[n] = c
		n++
	}
	return buf[:n], true
}

// foldRune returns the ASCII letter a non-ASCII rune folds to, or 0.
func foldRune(r rune) byte {
	switch r {
	case '’':
		return '\''
	case '‐', '‑', '–', '—':
		return '-'
	}
	if r >= 0xC0 && r <= 0xFF {
		return latin1[r-0xC0]
	}
	return 0
}

// latin1 folds U+00C0 to U+00FF; 0 is a rune that does not fold.
var latin1 = [64]byte{
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // À..Ï
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 0, // Ð..ß
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // à..ï
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y', // ð..ÿ
}

// EqualFold reports whether the words a and b are equal when both are folded
// as [Fold] folds them, at any length. Runes that Fold cannot fold must match
// exactly.
func EqualFold(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		a, b = a[na:], b[nb:]
		if ra == rb {
			continue
		}
		ca, cb := foldOne(ra), foldOne(rb)
		if ca == 0 || ca != cb {
			return false
		}
	}
	return a == "" && b == ""
}

func foldOne(r rune) byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	return foldRune(r)
}
