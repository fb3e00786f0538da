package fhir

import (
	"regexp"
	"time"
)

// The R4 regular expressions of the date, dateTime and instant primitives
// (http://hl7.org/fhir/R4/datatypes.html). They are compiled at init and only
// read afterwards.
var (
	dateRE     = regexp.MustCompile(`^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`)
	dateTimeRE = regexp.MustCompile(`^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$`)
	instantRE  = regexp.MustCompile(`^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$`)
)

// Date is an R4 date: "2026", "2026-03" or "2026-03-02", with no time of day
// and no zone. The zero value is "no date" and is left out of the JSON.
//
// A Date is a string and is safe for concurrent use.
type Date string

// DateOf returns the calendar day of t, in t's own location, as a Date: a
// goal due at midnight on 9 March in Sydney is due on 2026-03-09, not on the
// 8th as it would be in UTC. The zero time gives the empty Date.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return ""
	}
	return Date(t.Format(time.DateOnly))
}

// IsValid reports whether d matches the R4 date pattern and, when it names a
// day, whether that day exists (2026-02-30 does not).
func (d Date) IsValid() bool {
	if !dateRE.MatchString(string(d)) {
		return false
	}
	_, err := d.Time()
	return err == nil
}

// Time returns the start of d in UTC. A year or year-month date gives its
// first day.
func (d Date) Time() (time.Time, error) {
	switch len(d) {
	case 4:
		return time.Parse("2006", string(d))
	case 7:
		return time.Parse("2006-01", string(d))
	}
	return time.Parse(time.DateOnly, string(d))
}

// DateTime is an R4 dateTime: a date, or a date and a time of day with a zone,
// as "2026-03-02T10:00:00Z". The zero value is "no time" and is left out of
// the JSON.
//
// A DateTime is a string and is safe for concurrent use.
type DateTime string

// DateTimeOf returns t in UTC as a DateTime to the second, or to the
// nanosecond when t has a fraction. The zero time gives the empty DateTime.
func DateTimeOf(t time.Time) DateTime {
	if t.IsZero() {
		return ""
	}
	return DateTime(t.UTC().Format(time.RFC3339Nano))
}

// IsValid reports whether t matches the R4 dateTime pattern and names a real
// day.
func (t DateTime) IsValid() bool {
	if !dateTimeRE.MatchString(string(t)) {
		return false
	}
	_, err := t.Time()
	return err == nil
}

// Time parses t. A date without a time of day gives the start of that day in
// UTC; a time with a zone gives that instant, in UTC.
func (t DateTime) Time() (time.Time, error) {
	if len(t) <= len(time.DateOnly) {
		return Date(t).Time()
	}
	v, err := time.Parse(time.RFC3339Nano, string(t))
	return v.UTC(), err
}

// Instant is an R4 instant: a time to at least the second, with a zone, as
// "2026-03-02T10:00:00Z". The zero value is "no instant" and is left out of
// the JSON.
//
// An Instant is a string and is safe for concurrent use.
type Instant string

// InstantOf returns t in UTC as an Instant. The zero time gives the empty
// Instant.
func InstantOf(t time.Time) Instant { return Instant(DateTimeOf(t)) }

// IsValid reports whether i matches the R4 instant pattern and names a real
// day.
func (i Instant) IsValid() bool {
	if !instantRE.MatchString(string(i)) {
		return false
	}
	_, err := i.Time()
	return err == nil
}

// Time parses i and returns it in UTC.
func (i Instant) Time() (time.Time, error) { return DateTime(i).Time() }

// Coding is a code from a code system. In the JSON, empty fields are left out.
//
// The zero value has no elements set. A Coding is a plain value, safe for
// concurrent reads; copies share its slices.
type Coding struct {
	// System is the URI of the code system.
	System string `json:"system,omitempty"`
	// Version is the version of the code system, if it matters.
	Version string `json:"version,omitempty"`
	// Code is the code.
	Code string `json:"code,omitempty"`
	// Display is a human-readable text for the code. This package leaves it
	// out for LOINC and SNOMED CT codes, whose display texts have their own
	// licences.
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a concept given by codes, by text, or both.
//
// The zero value has no elements set. A CodeableConcept is a plain value,
// safe for concurrent reads; copies share its slices.
type CodeableConcept struct {
	// Coding lists codes for the concept.
	Coding []Coding `json:"coding,omitempty" validate:"dive"`
	// Text is the concept in words.
	Text string `json:"text,omitempty"`
}

// HasCoding reports whether c holds a coding with this system and code.
func (c CodeableConcept) HasCoding(system, code string) bool {
	for _, x := range c.Coding {
		if x.System == system && x.Code == code {
			return true
		}
	}
	return false
}

// CodeIn returns the code of the first coding of c in system, or "".
func (c CodeableConcept) CodeIn(system string) string {
	for _, x := range c.Coding {
		if x.System == system {
			return x.Code
		}
	}
	return ""
}

// Reference points to another resource: by Reference (a literal URL such as
// "urn:uuid:..." or "Goal/123"), by Identifier (a logical reference), or both.
//
// The zero value has no elements set. A Reference is a plain value, safe for
// concurrent reads; copies share its slices.
type Reference struct {
	// Extension holds extensions of the reference element; this package uses
	// it for the role of a plan's co-creator.
	Extension []Extension `json:"extension,omitempty" validate:"dive"`
	// Reference is the literal reference.
	Reference string `json:"reference,omitempty"`
	// Type is the resource type referred to, for example "Patient".
	Type string `json:"type,omitempty"`
	// Identifier is the logical reference.
	Identifier Identifier `json:"identifier,omitzero"`
	// Display is a text for the referred resource.
	Display string `json:"display,omitempty"`
}

// Identifier is a business identifier.
//
// The zero value has no elements set. An Identifier is a plain value, safe
// for concurrent reads; copies share its slices.
type Identifier struct {
	// Use is the purpose of the identifier.
	Use IdentifierUse `json:"use,omitempty" validate:"omitempty,valid"`
	// System is the URI of the namespace of Value.
	System string `json:"system,omitempty"`
	// Value is the identifier.
	Value string `json:"value,omitempty"`
}

// Period is a span of time; either end may be open.
//
// The zero value has no elements set. A Period is a plain value, safe for
// concurrent reads; copies share its slices.
type Period struct {
	// Start is when the period starts.
	Start DateTime `json:"start,omitempty" validate:"omitempty,valid"`
	// End is when the period ends.
	End DateTime `json:"end,omitempty" validate:"omitempty,valid"`
}

// Extension is an R4 extension: a URL and either one value or nested
// extensions (invariant ext-1). Only the value types this package uses are
// present.
//
// The zero value has no elements set. An Extension is a plain value, safe for
// concurrent reads; copies share its slices.
type Extension struct {
	// URL names the extension. Required.
	URL string `json:"url" validate:"required"`
	// ValueString is a string value.
	ValueString string `json:"valueString,omitempty"`
	// ValueCode is a code value.
	ValueCode string `json:"valueCode,omitempty"`
	// ValueInteger is an integer value.
	ValueInteger *int `json:"valueInteger,omitempty"`
	// ValueBoolean is a boolean value.
	ValueBoolean *bool `json:"valueBoolean,omitempty"`
	// ValueDateTime is a dateTime value.
	ValueDateTime DateTime `json:"valueDateTime,omitempty" validate:"omitempty,valid"`
	// ValueInstant is an instant value.
	ValueInstant Instant `json:"valueInstant,omitempty" validate:"omitempty,valid"`
	// ValueCoding is a Coding value.
	ValueCoding Coding `json:"valueCoding,omitzero"`
	// ValueReference is a Reference value.
	ValueReference Reference `json:"valueReference,omitzero"`
	// Extension holds nested extensions of a complex extension.
	Extension []Extension `json:"extension,omitempty" validate:"dive"`
}

// values counts the value[x] fields set in e.
func (e Extension) values() int {
	n := 0
	for _, set := range []bool{e.ValueString != "", e.ValueCode != "", e.ValueInteger != nil,
		e.ValueBoolean != nil, e.ValueDateTime != "", e.ValueInstant != "", e.ValueCoding != (Coding{}), !e.ValueReference.isZero()} {
		if set {
			n++
		}
	}
	return n
}

// Element holds the extensions of a primitive element, written as "_name"
// next to the element's value (R4 JSON, 2.6.2.3). This package uses it for
// the instant and the IANA time zone of a goal's start and due date.
//
// The zero value has no elements set. An Element is a plain value, safe for
// concurrent reads; copies share its slices.
type Element struct {
	// ID is the element id.
	ID string `json:"id,omitempty"`
	// Extension holds the extensions of the element.
	Extension []Extension `json:"extension,omitempty" validate:"dive"`
}

func (r Reference) isZero() bool {
	return len(r.Extension) == 0 && r.Reference == "" && r.Type == "" && r.Identifier == (Identifier{}) && r.Display == ""
}

// Annotation is a note with its author and time.
//
// The zero value has no elements set. An Annotation is a plain value, safe
// for concurrent reads; copies share its slices.
type Annotation struct {
	// AuthorReference is who wrote the note.
	AuthorReference Reference `json:"authorReference,omitzero"`
	// AuthorString is who wrote the note, as text.
	AuthorString string `json:"authorString,omitempty"`
	// Time is when the note was written.
	Time DateTime `json:"time,omitempty" validate:"omitempty,valid"`
	// Text is the note. Required.
	Text string `json:"text" validate:"required"`
}

// Meta holds a resource's metadata.
//
// The zero value has no elements set. A Meta is a plain value, safe for
// concurrent reads; copies share its slices.
type Meta struct {
	// VersionID is the version of the resource.
	VersionID string `json:"versionId,omitempty"`
	// LastUpdated is when the resource last changed.
	LastUpdated Instant `json:"lastUpdated,omitempty" validate:"omitempty,valid"`
	// Profile lists the canonical URLs of the profiles the resource claims to
	// conform to.
	Profile []string `json:"profile,omitempty" validate:"dive,required"`
	// Security lists security labels.
	Security []Coding `json:"security,omitempty" validate:"dive"`
	// Tag lists tags.
	Tag []Coding `json:"tag,omitempty" validate:"dive"`
}

// ContactPoint is a phone number, email address or similar.
//
// The zero value has no elements set. A ContactPoint is a plain value, safe
// for concurrent reads; copies share its slices.
type ContactPoint struct {
	// System is the kind of contact point.
	System ContactSystem `json:"system,omitempty" validate:"omitempty,valid"`
	// Value is the number or address.
	Value string `json:"value,omitempty"`
	// Use is the purpose of the contact point.
	Use ContactUse `json:"use,omitempty" validate:"omitempty,valid"`
	// Rank orders the contact points by preference; 1 is first, 0 means not
	// ranked.
	Rank int `json:"rank,omitempty" validate:"min=0"`
}

// HumanName is a person's name.
//
// The zero value has no elements set. A HumanName is a plain value, safe for
// concurrent reads; copies share its slices.
type HumanName struct {
	// Text is the whole name as it should be shown.
	Text string `json:"text,omitempty"`
	// Family is the family name.
	Family string `json:"family,omitempty"`
	// Given lists the given names.
	Given []string `json:"given,omitempty" validate:"dive,required"`
}
