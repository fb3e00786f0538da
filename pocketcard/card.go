package pocketcard

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/language"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/vocab"
)

// The size of a card: ISO/IEC 7810 ID-1, the size of a bank card, in
// millimetres.
const (
	WidthMM  = 85.6
	HeightMM = 54.0
)

// The kinds of card.
const (
	// KindOverdose is the pocket overdose prevention card.
	KindOverdose = "overdose"
	// KindSafety is the safety plan card.
	KindSafety = "safety"
)

// MaxItems is the most entries a card lists under one heading; the rest are
// left to the full plan, so that a card stays readable at its size.
const MaxItems = 4

// Options configure [Cards] and [HTML]. A nil *Options, and the zero value,
// mean the defaults. Options are read, never modified.
type Options struct {
	// Catalogue words the headings and codes; nil means [vocab.New].
	Catalogue *vocab.Catalogue
	// Lang is the BCP 47 tag of the person's language; the catalogue's
	// closest language is used. Empty means the plan's Language, and
	// English when that is empty too.
	Lang string
}

func (o *Options) catalogue() *vocab.Catalogue {
	if o == nil || o.Catalogue == nil {
		return vocab.New()
	}
	return o.Catalogue
}

func (o *Options) lang() string {
	if o == nil {
		return ""
	}
	return o.Lang
}

// Card is one card, front and back, in the person's language, ready to draw.
// It holds the person's words, names and numbers: it is the person's own
// card.
type Card struct {
	// Kind is KindOverdose or KindSafety.
	Kind string
	// Lang is the BCP 47 tag of the card's wording.
	Lang string
	// Front holds the title and the numbers to call; Back the rest.
	Front, Back Face
}

// Face is one side of a card.
type Face struct {
	// Title is the face's heading; empty on a back.
	Title string
	// Emergency are the emergency numbers, drawn largest.
	Emergency []Number
	// EmergencyLabel heads the emergency numbers.
	EmergencyLabel string
	// People are the people and services to call, each with a number.
	People []Number
	// Sections are headed lists of text.
	Sections []Section
}

// Number is a phone number to call, with who answers it.
type Number struct {
	// Label says why to call ("Has naloxone", "Services to call").
	Label string
	// Name is who answers, with their relationship in brackets when given;
	// empty for an emergency number.
	Name string
	// Phone is the number as the person wrote it.
	Phone string
	// Tel is the number as a tel: URI (RFC 3966): its digits, with a
	// leading + kept; empty when the number has no digits.
	Tel string
}

// Section is a heading and its entries.
type Section struct {
	Heading string
	Items   []string
}

// Cards returns the plan's cards: the overdose card if the plan has an
// overdose plan, then the safety card if it has a safety plan. Blank fields
// are left off; text has its control characters (line breaks, bidirectional
// controls) turned into spaces or dropped; each list shows at most
// [MaxItems] entries. Dates are written YYYY-MM-DD in the time's own
// location. The same plan and options give the same cards.
func Cards(p recovery.Plan, opts *Options) []Card {
	return opts.words(p).cards(p)
}

// words returns the catalogue and the language of the card: the options'
// language, else the plan's.
func (o *Options) words(p recovery.Plan) words {
	cat := o.catalogue()
	lang := o.lang()
	if lang == "" {
		lang = p.Language
	}
	return words{cat: cat, lang: cat.Match(lang)}
}

func (w words) cards(p recovery.Plan) []Card {
	var cards []Card
	if p.Overdose != nil {
		cards = append(cards, w.overdose(*p.Overdose))
	}
	if p.Safety != nil {
		var emergency []phi.Phone
		if p.Overdose != nil {
			emergency = p.Overdose.EmergencyNumbers
		}
		cards = append(cards, w.safety(*p.Safety, emergency))
	}
	return cards
}

type words struct {
	cat  *vocab.Catalogue
	lang language.Tag
}

func (w words) text(key string) string { return w.cat.Text(key, w.lang) }

func (w words) label(enum, code string) string {
	t, _ := w.cat.Term(enum, code, w.lang)
	return t.Label
}

func (w words) emergency(nums []phi.Phone) []Number {
	var out []Number
	for _, n := range nums {
		if s := clean(string(n)); s != "" {
			out = append(out, Number{Phone: s, Tel: Tel(s)})
		}
	}
	return out
}

func contactNumber(label string, c crisis.Contact) (Number, bool) {
	name := clean(string(c.Name))
	if rel := clean(string(c.Relationship)); rel != "" && name != "" {
		name += " (" + rel + ")"
	}
	phone := clean(string(c.Phone))
	if name == "" && phone == "" {
		return Number{}, false
	}
	return Number{Label: label, Name: name, Phone: phone, Tel: Tel(phone)}, true
}

func (w words) overdose(o crisis.OverdosePlan) Card {
	c := Card{Kind: KindOverdose, Lang: w.lang.String()}
	c.Front.Title = w.text("card/overdose-title")
	c.Front.EmergencyLabel = w.text("card/emergency")
	c.Front.Emergency = w.emergency(o.EmergencyNumbers)
	if n, ok := contactNumber(w.text("card/has-naloxone"), o.NaloxoneCarrier); ok {
		c.Front.People = append(c.Front.People, n)
	}
	checkIn, hasCheckIn := contactNumber(w.text("card/check-in-with"), o.CheckIn)
	if hasCheckIn {
		c.Front.People = append(c.Front.People, checkIn)
	}

	var kept []string
	if s := clean(string(o.NaloxoneLocation)); s != "" {
		kept = append(kept, s)
	}
	if !o.NaloxoneExpires.IsZero() {
		kept = append(kept, w.text("card/expires")+" "+date(o.NaloxoneExpires))
	}
	c.Back.add(w.text("card/naloxone-kept"), kept)
	// How to check in belongs to the check-in person: without one, the
	// channels and the wording have no one to go with.
	if hasCheckIn {
		var by []string
		for _, ch := range o.CheckInBy {
			if ch.IsValid() {
				by = append(by, w.label("crisis.Channel", string(ch)))
			}
		}
		var items []string
		if len(by) > 0 {
			items = append(items, w.text("card/by")+": "+strings.Join(by, ", "))
		}
		c.Back.add(w.text("card/check-on-me"), append(items, clean(string(o.CheckInHow))))
	}
	c.Back.add(w.text("card/other-steps"), wordsOf(o.OtherSteps))
	if !o.Reviewed.IsZero() {
		c.Back.add(w.text("card/reviewed"), []string{date(o.Reviewed)})
	}
	return c
}

func (w words) safety(s crisis.SafetyPlan, emergency []phi.Phone) Card {
	c := Card{Kind: KindSafety, Lang: w.lang.String()}
	c.Front.Title = w.text("card/safety-title")
	c.Front.EmergencyLabel = w.text("card/emergency")
	c.Front.Emergency = w.emergency(emergency)
	for _, g := range []struct {
		field    crisis.Field
		contacts []crisis.Contact
	}{
		{crisis.FieldProfessionalHelp, s.ProfessionalHelp},
		{crisis.FieldAskForHelp, s.AskForHelp},
	} {
		label := w.label("crisis.Field", string(g.field))
		shown := 0
		for _, ct := range g.contacts {
			if n, ok := contactNumber(label, ct); ok && shown < MaxItems {
				c.Front.People = append(c.Front.People, n)
				shown++
			}
		}
	}
	var people []string
	for _, ct := range s.DistractionPeople {
		if n := clean(string(ct.Name)); n != "" {
			people = append(people, n)
		}
	}
	for _, sec := range []struct {
		field crisis.Field
		items []string
	}{
		{crisis.FieldWarningSigns, wordsOf(s.WarningSigns)},
		{crisis.FieldInternalCoping, wordsOf(s.InternalCoping)},
		{crisis.FieldSocialDistraction, append(people, wordsOf(s.DistractionPlaces)...)},
		{crisis.FieldSaferEnvironment, wordsOf(s.SaferEnvironment)},
		{crisis.FieldReasonsForLiving, wordsOf(s.ReasonsForLiving)},
	} {
		c.Back.add(w.label("crisis.Field", string(sec.field)), sec.items)
	}
	if !s.Reviewed.IsZero() {
		c.Back.add(w.text("card/reviewed"), []string{date(s.Reviewed)})
	}
	return c
}

// add appends a section with the items that are not blank, at most
// MaxItems, or nothing when none is left.
func (f *Face) add(heading string, items []string) {
	var keep []string
	for _, it := range items {
		if it != "" && len(keep) < MaxItems {
			keep = append(keep, it)
		}
	}
	if len(keep) > 0 {
		f.Sections = append(f.Sections, Section{Heading: heading, Items: keep})
	}
}

func wordsOf(ws []phi.Words) []string {
	out := make([]string, 0, len(ws))
	for _, s := range ws {
		out = append(out, clean(string(s)))
	}
	return out
}

func date(t time.Time) string { return t.Format(time.DateOnly) }

// clean returns s on one line: line breaks and other whitespace become one
// space, control and format characters (bidirectional controls among them)
// are dropped, invalid UTF-8 becomes U+FFFD, and the ends are trimmed.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Tel returns phone as a tel: URI (RFC 3966 global or local number): its
// digits, with a leading + kept, or "" when phone has no digit.
func Tel(phone string) string {
	var b strings.Builder
	for i, r := range phone {
		if r >= '0' && r <= '9' || r == '+' && i == 0 {
			b.WriteRune(r)
		}
	}
	digits := strings.TrimPrefix(b.String(), "+")
	if digits == "" {
		return ""
	}
	return "tel:" + b.String()
}
