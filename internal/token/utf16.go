package token

import "unicode/utf8"

// UTF16Offset returns the offset in UTF-16 code units that the byte offset
// off of text stands for: the number of UTF-16 units that encode text[:off].
// JavaScript's String indices are UTF-16 offsets. An off past the end counts
// to the end; a negative off is 0. Invalid UTF-8 bytes count one unit each,
// as a decoder that replaces them with U+FFFD would.
func UTF16Offset(text string, off int) int {
	var c UTF16Counter
	c.Text = text
	return c.Offset(off)
}

// UTF16Counter converts many byte offsets of one text to UTF-16 offsets in
// one pass, when they are asked for in non-decreasing order (as a list of
// matches gives them); an earlier offset starts again from the beginning.
//
// The zero value counts in the empty text; set Text first. It is not safe
// for concurrent use.
type UTF16Counter struct {
	// Text is the text the offsets point into.
	Text     string
	byteOff  int
	utf16Off int
}

// Offset returns the UTF-16 offset of byte offset off, as [UTF16Offset] does.
func (c *UTF16Counter) Offset(off int) int {
	off = min(max(off, 0), len(c.Text))
	if off < c.byteOff {
		c.byteOff, c.utf16Off = 0, 0
	}
	i, n := c.byteOff, c.utf16Off
	for i < off {
		b := c.Text[i]
		if b < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(c.Text[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	c.byteOff, c.utf16Off = i, n
	return n
}
