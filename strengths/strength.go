package strengths

import (
	"log/slog"

	"github.com/recoverykit/recovery/internal/enum"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
)

// Kind says what sort of strength a [Strength] is. The zero Kind is not valid.
//
// A Kind is a string and is safe for concurrent use.
type Kind string

// The kinds of strength.
const (
	// KindQuality is a personal quality or trait, such as courage or humility.
	KindQuality Kind = "quality"
	// KindSkill is a skill or talent, such as clear communication or cooking.
	KindSkill Kind = "skill"
	// KindInterest is an interest or passion, such as music or being outdoors.
	KindInterest Kind = "interest"
	// KindRelationship is a relationship or support, such as a brother or a friend
	// the person can call.
	KindRelationship Kind = "relationship"
	// KindResource is a community or environmental resource, such as a library or a
	// faith community.
	KindResource Kind = "resource"
)

// Kinds returns every [Kind] in declaration order, in a fresh slice.
func Kinds() []Kind { return kinds.Values() }

var kinds = enum.Of(KindQuality, KindSkill, KindInterest, KindRelationship, KindResource)

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return kinds.Has(k) }

// Index returns the position of k in [Kinds], or -1 if k is not valid.
func (k Kind) Index() int { return kinds.Index(k) }

// Timeframe is the column of the Strengths Model assessment a [Strength] is
// written in. The zero Timeframe is not valid.
//
// A Timeframe is a string and is safe for concurrent use.
type Timeframe string

// The three columns of the assessment.
const (
	// TimeframeCurrent is the current status column: what the person has and does now.
	TimeframeCurrent Timeframe = "current"
	// TimeframeDesired is the desires and aspirations column: what the person wants.
	TimeframeDesired Timeframe = "desired"
	// TimeframePast is the past resources column: what the person has drawn on before,
	// personal, social or environmental.
	TimeframePast Timeframe = "past"
)

// Timeframes returns every [Timeframe] in column order (current, desired,
// past), in a fresh slice.
func Timeframes() []Timeframe { return timeframes.Values() }

var timeframes = enum.Of(TimeframeCurrent, TimeframeDesired, TimeframePast)

// IsValid reports whether t is one of the defined timeframes.
func (t Timeframe) IsValid() bool { return timeframes.Has(t) }

// Index returns the position of t in [Timeframes], or -1 if t is not valid.
func (t Timeframe) Index() int { return timeframes.Index(t) }

// Source says who named a strength. The zero Source is not valid.
//
// A Source is a string and is safe for concurrent use.
type Source string

// The people who may name a strength.
const (
	// SourceSelf means the person named the strength themselves.
	SourceSelf Source = "self"
	// SourcePeer means a peer (a peer specialist or another person in recovery) named it.
	SourcePeer Source = "peer"
	// SourceFamily means a family member or someone the person counts as family named it.
	SourceFamily Source = "family"
	// SourceProvider means a clinician, case manager or other provider named it.
	SourceProvider Source = "provider"
)

// Sources returns every [Source] in declaration order, in a fresh slice.
func Sources() []Source { return sources.Values() }

var sources = enum.Of(SourceSelf, SourcePeer, SourceFamily, SourceProvider)

// IsValid reports whether s is one of the defined sources.
func (s Source) IsValid() bool { return sources.Has(s) }

// Index returns the position of s in [Sources], or -1 if s is not valid.
func (s Source) Index() int { return sources.Index(s) }

// Strength is one strength in the assessment: a cell of the Strengths Model
// grid (a life [life.Area] by a [Timeframe] column), in the person's own words.
//
// The zero Strength is not valid: it has no ID, codes or statement. A Strength
// is a plain value, safe for concurrent use if not written.
type Strength struct {
	// ID identifies the strength; the caller assigns it. Required.
	ID uuid.UUID `json:"id" validate:"required" id:"strength"`
	// Area is the area of life the strength belongs to.
	Area life.Area `json:"area" validate:"valid"`
	// Kind says what sort of strength it is.
	Kind Kind `json:"kind" validate:"valid"`
	// Timeframe is the column: current, desired or past.
	Timeframe Timeframe `json:"timeframe" validate:"valid"`
	// Statement is the strength in the person's words, for example
	// "I'm good at fixing things". It must not be blank. It is personal health
	// information: LogValue redacts it and String leaves it out.
	Statement phi.Words `json:"statement" validate:"max=500"`
	// Source says who named the strength.
	Source Source `json:"source" validate:"valid"`
}

// Validate returns nil or a *recovery.ValidationError listing
// every problem: rule "required" for a nil ID or a blank statement, rule
// "valid" for an area, kind, timeframe or source that is not a defined code,
// rule "max" for a statement over 500 characters.
func (s Strength) Validate() error {
	var c validate.Collector
	s.check(&c)
	return c.Err()
}

// check records the problems [Strength.Validate] reports.
func (s *Strength) check(c *validate.Collector) {
	validate.Tags(c, "", s, s.tagsHold())
	if phi.Blank(s.Statement) {
		c.Add("statement", validate.RuleRequired)
	}
}

// String returns the strength's ID and codes, never its statement, for
// example "strength 20000000-0000-4000-8000-000000000001 social/relationship/current/self".
// A code that is not defined prints as "[invalid]", here and in LogValue.
func (s Strength) String() string {
	return "strength " + s.ID.String() + " " + redact.Code(s.Area) + "/" + redact.Code(s.Kind) + "/" +
		redact.Code(s.Timeframe) + "/" + redact.Code(s.Source)
}

// GoString implements [fmt.GoStringer]: %#v prints what [Strength.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (s Strength) GoString() string { return s.String() }

// LogValue implements [slog.LogValuer]: it logs the ID and codes and replaces
// the statement with "[redacted]" (or "" if the statement is empty).
func (s Strength) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", s.ID.String()),
		slog.String("area", redact.Code(s.Area)),
		slog.String("kind", redact.Code(s.Kind)),
		slog.String("timeframe", redact.Code(s.Timeframe)),
		slog.String("source", redact.Code(s.Source)),
		slog.String("statement", redact.Text(s.Statement)),
	)
}

// AspectKind says whether a [Aspect] records a need, an ability or a
// preference. The zero AspectKind is not valid.
//
// A AspectKind is a string and is safe for concurrent use.
type AspectKind string

// The kinds of statement the assessment records besides strengths.
const (
	// AspectNeed is something the person needs, for example "I need a quiet place to sleep".
	AspectNeed AspectKind = "need"
	// AspectAbility is something the person can do, for example "I can cook for myself".
	AspectAbility AspectKind = "ability"
	// AspectPreference is how the person likes things done, for example
	// "I prefer to meet in the morning".
	AspectPreference AspectKind = "preference"
)

// AspectKinds returns every [AspectKind] in declaration order, in a
// fresh slice.
func AspectKinds() []AspectKind { return aspectKinds.Values() }

var aspectKinds = enum.Of(AspectNeed, AspectAbility, AspectPreference)

// IsValid reports whether k is one of the defined statement kinds.
func (k AspectKind) IsValid() bool { return aspectKinds.Has(k) }

// Index returns the position of k in [AspectKinds], or -1 if k is not valid.
func (k AspectKind) Index() int { return aspectKinds.Index(k) }

// Aspect is one of the person's needs, abilities or preferences, in their
// own words, with the area of life it concerns. Recovery planning asks the
// assessment for "clear, personal statements on the individual's personal
// strengths, needs, abilities, and preferences": strengths are [Strength]
// values, the rest are Statements.
//
// The zero Aspect is not valid. A Aspect is a plain value, safe for
// concurrent use if not written.
type Aspect struct {
	// ID identifies the statement; the caller assigns it. Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// Area is the area of life the statement concerns.
	Area life.Area `json:"area" validate:"valid"`
	// Kind says whether it is a need, an ability or a preference.
	Kind AspectKind `json:"kind" validate:"valid"`
	// Text is the statement in the person's words. It must not be blank. It is
	// personal health information: LogValue redacts it and String leaves it out.
	Text phi.Words `json:"text" validate:"max=500"`
}

// Validate returns nil or a *recovery.ValidationError listing
// every problem: rule "required" for a nil ID or blank text, rule "valid" for
// an area or kind that is not a defined code.
func (s Aspect) Validate() error {
	var c validate.Collector
	s.check(&c)
	return c.Err()
}

// check records the problems [Aspect.Validate] reports.
func (s *Aspect) check(c *validate.Collector) {
	validate.Tags(c, "", s, s.tagsHold())
	if phi.Blank(s.Text) {
		c.Add("text", validate.RuleRequired)
	}
}

// String returns the statement's ID and codes, never its text, for example
// "statement 21000000-0000-4000-8000-000000000001 housing/need".
func (s Aspect) String() string {
	return "statement " + s.ID.String() + " " + redact.Code(s.Area) + "/" + redact.Code(s.Kind)
}

// GoString implements [fmt.GoStringer]: %#v prints what [Aspect.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (s Aspect) GoString() string { return s.String() }

// LogValue implements [slog.LogValuer]: it logs the ID and codes and replaces
// the text with "[redacted]" (or "" if the text is empty).
func (s Aspect) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", s.ID.String()),
		slog.String("area", redact.Code(s.Area)),
		slog.String("kind", redact.Code(s.Kind)),
		slog.String("text", redact.Text(s.Text)),
	)
}
