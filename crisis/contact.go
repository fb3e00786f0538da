package crisis

import (
	"log/slog"

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
	Phone phi.Phone `json:"phone,omitempty" validate:"omitempty,phone"`
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

// Validate checks c and returns nil or a *recovery.ValidationError
// listing every problem. Rules: "required" and "max" on name, "max" on
// relationship, "phone" on phone (see [Contact.Phone]), "unique" on a
// channel listed before (channels[i]) and "valid" on each channel. Messages never contain the name or number.
//
// Validate checks any Contact, including the zero one (which lacks a name);
// plans skip an empty NaloxoneCarrier or CheckIn slot themselves.
func (c Contact) Validate() error {
	var col validate.Collector
	c.check(&col)
	return col.Err()
}

// check records the problems [Contact.Validate] reports.
func (c *Contact) check(col *validate.Collector) {
	validate.Tags(col, "", c, c.tagsHold())
	validate.Distinct(col, c.Channels, validate.Self, validate.ElemOf("channels", ""))
}

// nested records below prefix the problems [Contact.Validate] reports,
// building the path only for a problem.
func (c *Contact) nested(col *validate.Collector, prefix func() string) {
	var cc validate.Collector
	if c.check(&cc); cc.Len() > 0 {
		col.Nested(prefix(), cc.Err())
	}
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
