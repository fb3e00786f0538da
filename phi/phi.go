package phi

import (
	"log/slog"
	"reflect"
	"strconv"
	"strings"
)

// Redacted stands in for personal text in logs and debugging output.
const Redacted = "[redacted]"

// Words is text the person wrote or said, in their own words. It is personal
// health information: it logs as [Redacted] and prints as [Redacted] with %#v,
// and shows as itself everywhere else.
//
// The zero value is the empty text. Words is a string and is safe for
// concurrent use.
type Words string

// Note is text the team wrote about the person: a session note, the evidence
// for an option, its benefits and harms. It is personal health information,
// handled as [Words] is; person-first language checks read it, and never the
// person's own words.
//
// The zero value is the empty note. Note is a string and is safe for
// concurrent use.
type Note string

// Name is a person's name, as the person gives it. It is handled as [Words]
// is.
//
// The zero value is no name. Name is a string and is safe for concurrent use.
type Name string

// Phone is a phone number, as written ("555-0134", "+1 212 555 0134"). It is
// handled as [Words] is.
//
// The zero value is no number. Phone is a string and is safe for concurrent
// use.
type Phone string

// Email is an email address. It is handled as [Words] is.
//
// The zero value is no address. Email is a string and is safe for concurrent
// use.
type Email string

// ID is an identifier of the person: a record or member number, or the
// pseudonym a research export gives them. It is handled as [Words] is.
//
// The zero value is no identifier. ID is a string and is safe for concurrent
// use.
type ID string

// LogValue implements [slog.LogValuer]: [Redacted], or "" when w is empty.
func (w Words) LogValue() slog.Value { return redacted(string(w)) }

// LogValue implements [slog.LogValuer]: [Redacted], or "" when n is empty.
func (n Note) LogValue() slog.Value { return redacted(string(n)) }

// LogValue implements [slog.LogValuer]: [Redacted], or "" when n is empty.
func (n Name) LogValue() slog.Value { return redacted(string(n)) }

// LogValue implements [slog.LogValuer]: [Redacted], or "" when p is empty.
func (p Phone) LogValue() slog.Value { return redacted(string(p)) }

// LogValue implements [slog.LogValuer]: [Redacted], or "" when e is empty.
func (e Email) LogValue() slog.Value { return redacted(string(e)) }

// LogValue implements [slog.LogValuer]: [Redacted], or "" when id is empty.
func (id ID) LogValue() slog.Value { return redacted(string(id)) }

// GoString implements [fmt.GoStringer] for %#v: phi.Words("[redacted]"), or
// phi.Words("") when w is empty.
func (w Words) GoString() string { return goString("phi.Words", string(w)) }

// GoString implements [fmt.GoStringer] for %#v, as [Words.GoString] does.
func (n Note) GoString() string { return goString("phi.Note", string(n)) }

// GoString implements [fmt.GoStringer] for %#v, as [Words.GoString] does.
func (n Name) GoString() string { return goString("phi.Name", string(n)) }

// GoString implements [fmt.GoStringer] for %#v, as [Words.GoString] does.
func (p Phone) GoString() string { return goString("phi.Phone", string(p)) }

// GoString implements [fmt.GoStringer] for %#v, as [Words.GoString] does.
func (e Email) GoString() string { return goString("phi.Email", string(e)) }

// GoString implements [fmt.GoStringer] for %#v, as [Words.GoString] does.
func (id ID) GoString() string { return goString("phi.ID", string(id)) }

// Redact returns [Redacted] for a non-empty s and "" for an empty s: how
// personal text is shown in a log line the library writes.
func Redact[T ~string](s T) string {
	if s == "" {
		return ""
	}
	return Redacted
}

func redacted(s string) slog.Value { return slog.StringValue(Redact(s)) }

func goString(typ, s string) string { return typ + "(" + strconv.Quote(Redact(s)) + ")" }

// Kind says which of the five types a piece of personal text has.
//
// The zero value, [KindNone], is not personal text. Kind is an integer and is
// safe for concurrent use.
type Kind uint8

// The kinds of personal text, in the order [Kinds] lists them.
const (
	// KindNone is a type that is not one of this package's.
	KindNone Kind = iota
	// KindWords is [Words].
	KindWords
	// KindNote is [Note].
	KindNote
	// KindName is [Name].
	KindName
	// KindPhone is [Phone].
	KindPhone
	// KindEmail is [Email].
	KindEmail
	// KindID is [ID].
	KindID
)

var kinds = [...]Kind{KindWords, KindNote, KindName, KindPhone, KindEmail, KindID}

var kindNames = [...]string{"none", "words", "note", "name", "phone", "email", "id"}

// Kinds returns the six kinds of personal text in a new slice.
func Kinds() []Kind { return append([]Kind(nil), kinds[:]...) }

// IsValid reports whether k is one of the six kinds.
func (k Kind) IsValid() bool { return k >= KindWords && k <= KindID }

// String returns the kind's lower-case name ("words", "note", ...), or "none".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[0]
}

var (
	typeWords = reflect.TypeFor[Words]()
	typeNote  = reflect.TypeFor[Note]()
	typeName  = reflect.TypeFor[Name]()
	typePhone = reflect.TypeFor[Phone]()
	typeEmail = reflect.TypeFor[Email]()
	typeID    = reflect.TypeFor[ID]()
)

// KindOf returns the kind of personal text that values of type t hold, or
// [KindNone] when t is not one of this package's six types. Code that walks
// a value by reflection uses it to find every piece of personal text.
func KindOf(t reflect.Type) Kind {
	switch t {
	case typeWords:
		return KindWords
	case typeNote:
		return KindNote
	case typeName:
		return KindName
	case typePhone:
		return KindPhone
	case typeEmail:
		return KindEmail
	case typeID:
		return KindID
	}
	return KindNone
}

// Blank reports whether s is empty or holds only white space: text that says
// nothing, however it is typed.
func Blank[T ~string](s T) bool { return strings.TrimSpace(string(s)) == "" }

// AnyText reports whether ss holds an entry that is not [Blank].
func AnyText[T ~string](ss []T) bool {
	for _, s := range ss {
		if !Blank(s) {
			return true
		}
	}
	return false
}
