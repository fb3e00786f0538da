package crisis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recoverykit/recovery/phi"

	"golang.org/x/text/width"
)

// DefaultCardWidth is the width of a pocket card, in columns, when
// [CardOptions] leave it unset.
const DefaultCardWidth = 40

// MinCardWidth is the narrowest card [OverdosePlan.PocketCard] draws; a
// smaller width is raised to it.
const MinCardWidth = 16

// MaxCardWidth is the widest card [OverdosePlan.PocketCard] draws; a larger
// width is lowered to it.
const MaxCardWidth = 200

// DefaultCardTitle is the first line of a pocket card when [CardOptions]
// leave the title unset.
const DefaultCardTitle = "My overdose prevention plan"

// CardOptions configures [OverdosePlan.PocketCard]. A nil *CardOptions, and
// the zero value, mean the defaults. It is read, never modified, so one value
// may be shared by goroutines.
type CardOptions struct {
	// Width is the card's width in columns, as a terminal or a monospaced
	// printout shows them: wide and fullwidth characters (Chinese, Japanese,
	// Korean) take two columns, combining marks none, others one (see
	// [DisplayWidth]). Zero means [DefaultCardWidth]; other values are kept between
	// [MinCardWidth] and [MaxCardWidth].
	Width int
	// Title is the card's first line, for hosts that word or translate it
	// themselves. Empty means [DefaultCardTitle].
	Title string
}

func (o *CardOptions) width() int {
	w := DefaultCardWidth
	if o != nil && o.Width != 0 {
		w = min(max(o.Width, MinCardWidth), MaxCardWidth)
	}
	return w
}

func (o *CardOptions) title() string {
	if o == nil || phi.Blank(o.Title) {
		return DefaultCardTitle
	}
	return o.Title
}

// PocketCard renders p as a small plain-text card to print and carry, drawn
// to fit opts.Width columns (40 by default; nil opts means the defaults). The
// numbers come first: the emergency numbers, then the person who has
// naloxone and the person to check in with, with their phone numbers; then
// where naloxone is kept and its expiry date, the other steps, and the date
// the plan was last gone over.
//
// This is the person's own card, so unlike logs and errors it prints names,
// numbers and the person's words. Text is broken into lines between words;
// a word longer than the card is broken; a phone number is kept on one line
// when it fits, and otherwise broken at its spaces where it has them. Line
// breaks and control characters in the text are turned into spaces or
// dropped, and so are the bidirectional embedding, override and isolate
// controls (U+202A to U+202E, U+2066 to U+2069), which could reorder what
// the card shows; invalid UTF-8 is replaced with U+FFFD. Widths are display
// columns ([DisplayWidth]), so text in Chinese, Japanese or Korean stays
// within the card. Fields left empty are left
// off the card. Dates print as YYYY-MM-DD in the time's own location. Every
// line, including the last, ends in "\n". The same plan and options always
// give the same card.
func (p OverdosePlan) PocketCard(opts *CardOptions) string {
	c := card{width: opts.width()}
	c.b.Grow(16 * c.width)
	c.text("", "  ", opts.title())
	c.rule('=')

	// Numbers first.
	var nums []string
	for _, n := range p.EmergencyNumbers {
		if !phi.Blank(n) {
			nums = append(nums, oneWord(string(n)))
		}
	}
	if len(nums) > 0 {
		c.section()
		c.start("", "  ")
		c.word("EMERGENCY:")
		for i, n := range nums {
			if i < len(nums)-1 {
				n += ","
			}
			c.word(n)
		}
		c.end()
	}

	if !p.NaloxoneCarrier.IsZero() || !p.CheckIn.IsZero() {
		c.section()
		c.contact("Has naloxone:", p.NaloxoneCarrier)
		c.contact("Check in with:", p.CheckIn)
	}
	// How to reach the check-in person, and how they check on the person,
	// print under that person only: without one they would read as the
	// naloxone carrier's (such a plan fails Validate, rule "check-in").
	if !p.CheckIn.IsZero() {
		if len(p.CheckInBy) > 0 {
			c.start("  ", "    ")
			c.word("By:")
			for i, ch := range p.CheckInBy {
				w := channelWord(ch)
				if i < len(p.CheckInBy)-1 {
					w += ","
				}
				c.words(w)
			}
			c.end()
		}
		if !phi.Blank(p.CheckInHow) {
			c.text("  ", "    ", "Check on me: "+string(p.CheckInHow))
		}
	}

	steps := phi.AnyText(p.OtherSteps)
	if !phi.Blank(p.NaloxoneLocation) || !p.NaloxoneExpires.IsZero() || steps {
		c.section()
		if !phi.Blank(p.NaloxoneLocation) {
			c.text("", "  ", "Naloxone kept: "+string(p.NaloxoneLocation))
		}
		switch expires := p.NaloxoneExpires.Format("2006-01-02"); {
		case p.NaloxoneExpires.IsZero():
		case phi.Blank(p.NaloxoneLocation):
			c.text("", "  ", "Naloxone expires "+expires)
		default:
			c.text("  ", "    ", "Expires "+expires)
		}
		if steps {
			c.text("", "  ", "Other steps:")
			for _, s := range p.OtherSteps {
				if !phi.Blank(s) {
					c.text("- ", "  ", string(s))
				}
			}
		}
	}

	if !p.Reviewed.IsZero() {
		c.section()
		c.text("", "  ", "Reviewed "+p.Reviewed.Format("2006-01-02"))
	}
	return c.b.String()
}

func channelWord(ch Channel) string {
	if ch == ChannelInPerson {
		return "in person"
	}
	return string(ch)
}

// card draws text, broken into lines between words, into a builder. A line's
// indent is written with its first word, so a line that gets no word is left
// out and no line ends in a space.
type card struct {
	b        strings.Builder
	width    int
	sections int
	indent   string // indent still to write before the line's first word
	rest     string // indent of continuation lines
	col      int    // columns the current line will have, indent included
	empty    bool   // no word on the current line yet
}

// section draws a rule between sections.
func (c *card) section() {
	if c.sections > 0 {
		c.rule('-')
	}
	c.sections++
}

func (c *card) rule(ch byte) {
	for range c.width {
		c.b.WriteByte(ch)
	}
	c.b.WriteByte('\n')
}

// start begins a line indented by first, continued on lines indented by
// rest. Both indents are narrower than [MinCardWidth].
func (c *card) start(first, rest string) {
	c.indent, c.rest = first, rest
	c.col, c.empty = len(first), true
}

// end ends the line, unless it got no word.
func (c *card) end() {
	if !c.empty {
		c.b.WriteByte('\n')
	}
	c.empty = true
}

// text draws s, split into words, as one paragraph.
func (c *card) text(first, rest, s string) {
	c.start(first, rest)
	c.words(s)
	c.end()
}

// words adds each space-separated word of s.
func (c *card) words(s string) {
	for w := range strings.FieldsSeq(s) {
		c.word(w)
	}
}

// word adds w, which is kept whole if it fits on a line and broken otherwise.
// Spaces inside w (a phone number's) are collapsed to single spaces.
func (c *card) word(w string) {
	w = oneWord(clean(w))
	n := DisplayWidth(w)
	if n == 0 {
		return
	}
	if !c.empty {
		if c.col+1+n <= c.width {
			c.b.WriteByte(' ')
			c.col++
		} else {
			c.newline()
		}
	}
	c.b.WriteString(c.indent)
	c.indent = ""
	for c.col+n > c.width {
		// cut is the byte offset after the runes that fit; a wide rune
		// that would straddle the edge starts the next line. A line that
		// has no room even for its first rune takes it all the same, so
		// that every line gets at least one rune.
		room, cut := c.width-c.col, len(w)
		for i, r := range w {
			rw := runeWidth(r)
			if rw > room && i > 0 {
				cut = i
				break
			}
			room -= rw
		}
		head, tail := w[:cut], w[cut:]
		// A word with spaces is a phone number, its groups separated by
		// single spaces (see oneWord): break it at the last space that
		// fits, so that its groups of digits stay whole where they can.
		if sp := strings.LastIndexByte(w[:min(cut+1, len(w))], ' '); sp > 0 {
			head, tail = w[:sp], w[sp+1:]
		}
		c.b.WriteString(head)
		dropped := len(w) - len(head) - len(tail) // the space broken at, if any
		n -= DisplayWidth(head) + dropped         // O(width): the tail is never recounted
		w = tail
		c.newline()
		c.b.WriteString(c.indent)
		c.indent = ""
	}
	c.b.WriteString(w)
	c.col += n
	c.empty = false
}

// newline ends the current line and begins a continuation line.
func (c *card) newline() {
	c.b.WriteByte('\n')
	c.indent, c.col, c.empty = c.rest, len(c.rest), true
}

// clean returns w as valid UTF-8 without control characters or
// bidirectional controls, allocating only when something must change.
func clean(w string) string {
	ok := utf8.ValidString(w)
	if ok {
		for _, r := range w {
			if dropped(r) {
				ok = false
				break
			}
		}
	}
	if ok {
		return w
	}
	w = strings.ToValidUTF8(w, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if dropped(r) {
			return -1
		}
		return r
	}, w)
}

// dropped reports whether the card leaves r out: a control character, or a
// bidirectional embedding, override or isolate control.
func dropped(r rune) bool {
	return unicode.IsControl(r) || '\u202A' <= r && r <= '\u202E' || '\u2066' <= r && r <= '\u2069'
}

// DisplayWidth returns the number of columns s takes on a terminal or a
// monospaced printout: two for each wide or fullwidth character (East Asian
// Width W or F, as golang.org/x/text/width reports it: Chinese, Japanese and
// Korean characters, fullwidth forms), none for a combining mark, a
// zero-width format character or a control character, and one for any other.
// It is the width [OverdosePlan.PocketCard] fits its lines to.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth is the display width of r; see [DisplayWidth].
func runeWidth(r rune) int {
	switch {
	case r < 0x7f:
		if r < 0x20 {
			return 0
		}
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// contact draws a label, the contact's name and relationship, and on the
// next line the phone number. An empty contact draws nothing.
func (c *card) contact(label string, ct Contact) {
	if ct.IsZero() {
		return
	}
	c.start("", "  ")
	c.words(label)
	c.words(string(ct.Name))
	if !phi.Blank(ct.Relationship) {
		c.words("(" + strings.TrimSpace(string(ct.Relationship)) + ")")
	}
	c.end()
	if !phi.Blank(ct.Phone) {
		c.start("  ", "  ")
		c.word(string(ct.Phone))
		c.end()
	}
}

// oneWord joins the space-separated parts of s with single spaces, so that a
// phone number such as "+1 (555) 555-0142" is drawn as one word.
func oneWord(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
