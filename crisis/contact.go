package crisis

import (
	"log/slog"
	"strings"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
)

// Channel is a way of getting in touch, stored as a lower-case code.
//
// The zero value is not a valid Channel. Channel is a string and is safe for
// concurrent use.
type Channel string

// The channels, in the order the pocket plan lists them and [Channels]
// returns them.
const (
	// ChannelPhone is a voice call.
	ChannelPhone Channel = "phone"
	// ChannelText is a text message.
	ChannelText Channel = "text"
	// ChannelInPerson is a visit or meeting face to face.
	ChannelInPerson Channel = "in-person"
	// ChannelEmail is an email.
	ChannelEmail Channel = "email"
)

// channels lists every Channel once, in order; it backs [Channels], [Channel.Index] and
// [Channel.IsValid], and is never written.
var channels = enum.Of(ChannelPhone, ChannelText, ChannelInPerson, ChannelEmail)

// Channels returns every channel in the fixed order Phone, Text, InPerson,
// Email. It returns a new slice on each call.
func Channels() []Channel { return channels.Values() }

// Index returns c's place in [Channels], or -1 if c is not valid.
func (c Channel) Index() int { return channels.Index(c) }

// IsValid reports whether c is one of the defined channels.
func (c Channel) IsValid() bool { return c.Index() >= 0 }

// Contact is a person or service in a plan: someone who carries naloxone,
// someone to check in with, a friend to call, a clinician or a crisis line.
//
// Name, Relationship and Phone are personal information: [Contact.LogValue]
// redacts them and [Contact.String] prints only the supporter ID.
//
// The zero value is an empty slot: a plan whose NaloxoneCarrier or CheckIn is
// the zero Contact has not named anyone yet (see [Contact.IsZero]). A Contact
// is a plain value; it is safe for concurrent reads.
type Contact struct {
	// Name is how the person names this contact ("Alex", "Dr. Rivera",
	// "988 crisis line"). Required for a non-empty contact.
	Name phi.Name `json:"name" validate:"required,max=200"`
	// Relationship is who the contact is to the person, in their words
	// ("friend", "peer specialist", "brother"). Optional.
	Relationship phi.Words `json:"relationship,omitempty" validate:"max=200"`
	// Phone is the contact's number as the person would dial it. It is
	// checked for shape only (rule "phone"): digits, a leading +, spaces,
	// dashes, dots and parentheses, 3 to 15 digits, so short emergency
	// numbers such as 911, 988 and 112 are accepted. Optional.
	Phone phi.Phone `json:"phone,omitempty"`
	// Channels are the contact's preferred ways of being reached, most
	// preferred first, without repeats. Optional.
	Channels []Channel `json:"channels,omitempty" validate:"dive,valid"`
	// SupporterID links the contact to a supporter recorded elsewhere in the
	// recovery plan. The zero UUID means no link.
	SupporterID uuid.UUID `json:"supporterId,omitzero" ref:"supporter"`
	// Consent reports whether the person agrees to this contact being
	// involved in their plan. A person without consent is kept, but does not
	// yet count towards a plan's readiness as someone who will help; a
	// professional, service or crisis line counts without it (see
	// [ProfessionalHelpField]).
	Consent bool `json:"consent,omitempty"`
}

// IsZero reports whether c is the empty slot: no field is set.
func (c Contact) IsZero() bool {
	return c.Name == "" && c.Relationship == "" && c.Phone == "" && len(c.Channels) == 0 &&
		c.SupporterID == uuid.Nil && !c.Consent
}

// Validate checks c and returns nil or a *validate.Error (recovery.ValidationError)
// listing every problem. Rules: "required" and "max" on name, "max" on
// relationship, "phone" on phone (see [Contact.Phone]), "unique" on channels
// and "valid" on each channel. Messages never contain the name or number.
//
// Validate checks any Contact, including the zero one (which lacks a name);
// plans skip an empty NaloxoneCarrier or CheckIn slot themselves.
func (c Contact) Validate() error {
	var col validate.Collector
	col.Struct("", c)
	if c.Phone != "" && !IsPhone(string(c.Phone)) {
		col.Add("phone", "phone")
	}
	unique(&col, "channels", c.Channels)
	return col.Err()
}

// reachable reports whether c has a name and a number.
func (c Contact) reachable() bool {
	return !phi.Blank(c.Name) && !phi.Blank(c.Phone)
}

// String returns "contact" or "contact supporter=<uuid>": never the name or
// number.
func (c Contact) String() string {
	if c.SupporterID == uuid.Nil {
		return "contact"
	}
	return "contact supporter=" + c.SupporterID.String()
}

// GoString implements [fmt.GoStringer]: %#v prints what [Contact.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (c Contact) GoString() string { return c.String() }

// LogValue implements [slog.LogValuer]. It keeps the supporter ID, channels
// and consent and replaces the name, relationship and phone with
// "[redacted]" when they are set.
func (c Contact) LogValue() slog.Value {
	attrs := make([]slog.Attr, 0, 6)
	if c.SupporterID != uuid.Nil {
		attrs = append(attrs, slog.String("supporterId", c.SupporterID.String()))
	}
	attrs = appendRedacted(attrs, "name", string(c.Name))
	attrs = appendRedacted(attrs, "relationship", string(c.Relationship))
	attrs = appendRedacted(attrs, "phone", string(c.Phone))
	if len(c.Channels) > 0 {
		attrs = append(attrs, slog.Any("channels", codes(c.Channels)))
	}
	attrs = append(attrs, slog.Bool("consent", c.Consent))
	return slog.GroupValue(attrs...)
}

func appendRedacted(attrs []slog.Attr, key, s string) []slog.Attr {
	if s == "" {
		return attrs
	}
	return append(attrs, slog.String(key, redact.Redacted))
}

// codes returns each code as [redact.Code] prints it: a code that is not
// defined, which may hold decoded free text, becomes "[invalid]".
func codes[T interface {
	~string
	IsValid() bool
}](cs []T) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = redact.Code(c)
	}
	return out
}

// IsPhone reports whether s has the shape of a phone number: an optional
// leading +, then digits, optionally grouped by spaces, dashes, dots and at
// most one pair of parentheses, beginning and ending with a digit or a
// parenthesis; 3 to 15 digits in all (15 is the E.164 maximum; 3 admits
// emergency numbers such as 911, 988, 112 and 000) and at most 32 bytes. It
// checks shape only, not whether the number exists.
func IsPhone(s string) bool {
	if len(s) == 0 || len(s) > 32 {
		return false
	}
	s = strings.TrimPrefix(s, "+")
	if s == "" || isPhoneSep(s[0]) || isPhoneSep(s[len(s)-1]) {
		return false
	}
	digits := 0
	open, used := false, false // inside parentheses; a pair was used
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch >= '0' && ch <= '9':
			digits++
		case isPhoneSep(ch):
		case ch == '(' && !open && !used:
			open, used = true, true
		case ch == ')' && open && s[i-1] != '(':
			open = false
		default:
			return false
		}
	}
	return !open && digits >= 3 && digits <= 15
}

func isPhoneSep(ch byte) bool { return ch == ' ' || ch == '-' || ch == '.' }

// unique records rule "unique" at path if s has a repeat. It is checked by
// hand rather than with the "unique" tag so that a repeat does not hide the
// elements' own problems.
func unique[T comparable](c *validate.Collector, path string, s []T) {
	for i := range s {
		for j := range i {
			if s[i] == s[j] {
				c.Add(path, "unique")
				return
			}
		}
	}
}
