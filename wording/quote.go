package wording

// gap reads the gap text[from:start] before the word text[start:end] for quotation
// marks and line breaks.
//
// Words in quotation marks that quote the person are theirs, not the team's:
// a quotation opened after a reporting verb ("stated", "said", "feels",
// "refiere") among the four words before it, after a colon, or whose first
// word is in the first person ("I", "my", "soy") is left alone once it
// closes. A quotation that never closes ends at the line break or the end of
// the text, and what was found in it stands. The person's words after a colon
// without quotation marks are theirs to the end of the sentence (see speaks).
func (c *checker) gap(from, start, end int) {
	g := c.text[from:start]
	colon := false
	for i := 0; i < len(g); i++ {
		b := g[i]
		switch {
		case b == '\n' || b == '\r':
			c.closeQuote(false)
		case b == '.' || b == '!' || b == '?':
			if c.quote == quoteSentence {
				c.closeQuote(true)
			}
		case b == ':':
			colon = true
		case b == '"':
			switch c.quote {
			case quoteNone:
				c.openQuote(quoteDouble, g[:i], start, end)
			case quoteDouble:
				c.closeQuote(true)
			}
		case b == '\'' || b == 0xE2 && i+2 < len(g) && g[i+1] == 0x80 && (g[i+2] == 0x98 || g[i+2] == 0x99):
			size := 1
			if b == 0xE2 {
				size = 3
			}
			closing := b == 0xE2 && g[i+2] == 0x99
			switch {
			case c.quote == quoteSingle && (i == 0 || closing || isPunct(g[i-1])):
				c.closeQuote(true)
			case c.quote == quoteNone && !closing && i+size == len(g) && (i == 0 && from == 0 || i > 0 && opensQuote(g[i-1])):
				c.openQuote(quoteSingle, g[:i], start, end)
			}
			i += size - 1
		case b == 0xE2 && i+2 < len(g) && g[i+1] == 0x80 && (g[i+2] == 0x9C || g[i+2] == 0x9E): // “ „
			if c.quote == quoteNone {
				c.openQuote(quoteDouble, g[:i], start, end)
			}
			i += 2
		case b == 0xE2 && i+2 < len(g) && g[i+1] == 0x80 && g[i+2] == 0x9D: // ”
			if c.quote == quoteDouble {
				c.closeQuote(true)
			}
			i += 2
		case b == 0xC2 && i+1 < len(g) && g[i+1] == 0xAB: // «
			if c.quote == quoteNone {
				c.openQuote(quoteAngle, g[:i], start, end)
			}
			i++
		case b == 0xC2 && i+1 < len(g) && g[i+1] == 0xBB: // »
			if c.quote == quoteAngle {
				c.closeQuote(true)
			}
			i++
		}
	}
	if colon && c.quote == quoteNone && start < end && c.speaks(start, end) {
		c.quote, c.quoted, c.quoteMark = quoteSentence, true, c.out.len()
	}
}

// speaks reports whether the words after a colon quote the person without
// quotation marks: "Pt stated: I'm an addict", "Pt: I'm clean now". The word
// before the colon reports speech or names the person, and the first word
// after it is in the first person. Such a quotation runs to the end of the
// sentence.
func (c *checker) speaks(start, end int) bool {
	if !c.t.fpFilter[c.lang].has(c.text[start:end]) {
		return false
	}
	first := ref{start: start, end: end, id: -2}
	c.resolve(&first)
	if first.id < 0 || c.t.entries[first.id].cls[c.lang]&c.t.fp[c.lang] == 0 {
		return false
	}
	prev := c.back(0)
	if prev == nil {
		return false
	}
	c.resolve(prev)
	return prev.id >= 0 && c.t.entries[prev.id].cls[c.lang]&(c.t.report[c.lang]|c.t.speaker[c.lang]) != 0
}

// isPunct reports whether b ends a sentence or a clause.
func isPunct(b byte) bool {
	return b == '.' || b == ',' || b == '!' || b == '?' || b == ';'
}

// opensQuote reports whether a quotation mark after b can open a quotation.
func opensQuote(b byte) bool {
	return b == ' ' || b == '\t' || b == '(' || b == ':' || b == '"' || b == 0x9C
}

// openQuote opens a quotation of the given kind before the word text[start:end]; before is
// the gap before the mark.
func (c *checker) openQuote(kind byte, before string, start, end int) {
	c.quote, c.quoteMark = kind, c.out.len()
	c.quoted = false
	for i := 0; i < len(before); i++ {
		if before[i] == ':' {
			c.quoted = true
			return
		}
	}
	for i := range 4 {
		r := c.back(i)
		if r == nil {
			break
		}
		if c.resolve(r); r.id >= 0 && c.t.entries[r.id].cls[c.lang]&c.t.report[c.lang] != 0 {
			c.quoted = true
			return
		}
	}
	first := ref{start: start, end: end, id: -2}
	c.resolve(&first)
	c.quoted = first.id >= 0 && c.t.entries[first.id].cls[c.lang]&c.t.fp[c.lang] != 0
}

// closeQuote closes the open quotation, if any. A closed quotation of the
// person's words takes back the flags found inside it; one cut short by a
// line break or the end of the text keeps them, unless it is the kind that
// runs to the end of a sentence.
func (c *checker) closeQuote(closed bool) {
	if c.quote == quoteNone {
		return
	}
	if (closed || c.quote == quoteSentence) && c.quoted {
		c.out.truncate(c.quoteMark)
	}
	c.quote, c.quoted = quoteNone, false
}
