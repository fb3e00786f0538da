package crisis

import (
	"log/slog"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
)

// Section is a part of the wellness [Toolbox], stored as a lower-case code.
// The sections follow the resilience planning questions of person-centered
// recovery planning training, in order;
// the host app supplies the wording of each question.
//
// The zero value is not a valid Section. Section is a string and is safe for
// concurrent use.
type Section string

// The sections, in the order [Sections] returns them.
const (
	// SectionFeelBetter: what works for me, what always makes me feel better.
	SectionFeelBetter Section = "feel-better"
	// SectionLaugh: what works for me, what makes me laugh.
	SectionLaugh Section = "laugh"
	// SectionCalmDown: what works for me, what calms me down.
	SectionCalmDown Section = "calm-down"
	// SectionSleep: self-care and wellness, what helps when I can't sleep.
	SectionSleep Section = "sleep"
	// SectionExercise: self-care and wellness, exercise for sleep, stress and mood.
	SectionExercise Section = "exercise"
	// SectionEating: self-care and wellness, eating regularly and well.
	SectionEating Section = "eating"
	// SectionEnjoyment: what I like to do and have not done in a long time, what I
	// have always wanted to try, and the people in my corner.
	SectionEnjoyment Section = "enjoyment"
	// SectionCoping: what I can do to cope with stress or low moods, such as
	// pleasant places to go, ten minutes that help, doing something for
	// someone else, and stresses I can reduce now.
	SectionCoping Section = "coping"
	// SectionCravingTriggers: what tends to trigger cravings to use alcohol or drugs.
	SectionCravingTriggers Section = "craving-triggers"
	// SectionCompulsionRelief: what I do that helps relieve the compulsion to use.
	SectionCompulsionRelief Section = "compulsion-relief"
)

// sections lists every Section once, in order; it backs [Sections], [Section.Index] and
// [Section.IsValid], and is never written.
var sections = enum.Of(SectionFeelBetter, SectionLaugh, SectionCalmDown, SectionSleep, SectionExercise, SectionEating, SectionEnjoyment, SectionCoping, SectionCravingTriggers, SectionCompulsionRelief)

// Sections returns every section in the questions' order. It returns a new
// slice on each call.
func Sections() []Section { return sections.Values() }

// Index returns s's place in [Sections], or -1 if s is not valid.
func (s Section) Index() int { return sections.Index(s) }

// IsValid reports whether s is one of the defined sections.
func (s Section) IsValid() bool { return s.Index() >= 0 }

// Tool is one entry of the [Toolbox]: something that works for the person,
// in their words, filed under a section.
//
// The zero value is not valid (it has no section or text). A Tool is a plain
// value, safe for concurrent reads.
type Tool struct {
	// Section is where the tool belongs. Required.
	Section Section `json:"section" validate:"valid"`
	// Text is the tool in the person's words. Required.
	Text phi.Words `json:"text" validate:"required,max=500"`
}

// String returns "tool <section>": never the person's words. A section that
// is not defined prints as "[invalid]", here and in LogValue.
func (t Tool) String() string { return "tool " + redact.Code(t.Section) }

// LogValue implements [slog.LogValuer]: the section, with the text redacted.
func (t Tool) LogValue() slog.Value {
	return slog.GroupValue(appendRedacted([]slog.Attr{slog.String("section", redact.Code(t.Section))}, "text", string(t.Text))...)
}

// GoString implements [fmt.GoStringer]: %#v prints what [Tool.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (t Tool) GoString() string { return t.String() }

// Cue is a trigger or an early warning sign, in the person's words, with what
// the person will do about it.
//
// The zero value is not valid. A Cue is a plain value, safe for concurrent
// reads.
type Cue struct {
	// Text is the trigger or sign. Required.
	Text phi.Words `json:"text" validate:"required,max=500"`
	// Action is what the person will do when it happens. Required: a cue is
	// written down together with the plan for it.
	Action phi.Words `json:"action" validate:"required,max=1000"`
}

// String returns "cue": never the person's words.
func (Cue) String() string { return "cue" }

// LogValue implements [slog.LogValuer]: both texts redacted.
func (c Cue) LogValue() slog.Value {
	return slog.GroupValue(appendRedacted(appendRedacted(nil, "text", string(c.Text)), "action", string(c.Action))...)
}

// Toolbox is the person's wellness toolbox: the tools that keep them well,
// filed under the resilience planning [Sections], and, as in staged
// self-management plans, the external triggers and internal early warning
// signs the person watches for, each with what they will do about it.
// CravingTriggers tools list what sets off cravings; Triggers pair any
// trigger with a response.
//
// The zero value is an empty toolbox; Validate reports only the missing ID.
// A Toolbox is a plain value; it is safe for concurrent reads.
//
// It carries the person's words: [Toolbox.LogValue] redacts them and
// [Toolbox.String] prints only the ID.
type Toolbox struct {
	// ID identifies the toolbox. Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// Tools are the person's tools, in their order.
	Tools []Tool `json:"tools,omitempty" validate:"max=200,dive"`
	// Triggers are external events or situations that can set the person
	// back, each with what they will do.
	Triggers []Cue `json:"triggers,omitempty" validate:"max=50,dive"`
	// EarlyWarningSigns are the subtle inner changes that tell the person things
	// may be getting harder, each with what they will do.
	EarlyWarningSigns []Cue `json:"earlyWarningSigns,omitempty" validate:"max=50,dive"`
	// Reviewed is when the toolbox was last gone over. The zero time means
	// never.
	Reviewed time.Time `json:"reviewed,omitzero" validate:"year"`
}

// Section returns the texts of the tools in section s, in the person's order.
// It returns a new slice, or nil if there are none.
func (t Toolbox) Section(s Section) []string {
	var out []string
	for _, tool := range t.Tools {
		if tool.Section == s {
			out = append(out, string(tool.Text))
		}
	}
	return out
}

// Validate checks t and returns nil or a *recovery.ValidationError
// listing every problem with its JSON path and rule. Rules: "required" on id;
// "max" on each list; "valid" on each tool's section; "required" and "max"
// on each text, e.g. "tools[2].text", "triggers[0].action". Messages never
// contain a value.
func (t Toolbox) Validate() error {
	var c validate.Collector
	validate.Tags(&c, "", &t, t.tagsHold())
	return c.Err()
}

// String returns "toolbox <id>": never the person's words.
func (t Toolbox) String() string { return "toolbox " + t.ID.String() }

// LogValue implements [slog.LogValuer]. It keeps the ID, the number of tools
// in each section (in [Sections] order, sections without tools left out), the
// number of triggers and warning signs, and the review date.
func (t Toolbox) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("id", t.ID.String())}
	var counts []slog.Attr
	for _, s := range Sections() {
		n := 0
		for _, tool := range t.Tools {
			if tool.Section == s {
				n++
			}
		}
		if n > 0 {
			counts = append(counts, slog.Int(string(s), n))
		}
	}
	attrs = append(attrs,
		slog.Attr{Key: "tools", Value: slog.GroupValue(counts...)},
		slog.Int("triggers", len(t.Triggers)),
		slog.Int("earlyWarningSigns", len(t.EarlyWarningSigns)),
	)
	if !t.Reviewed.IsZero() {
		attrs = append(attrs, slog.Time("reviewed", t.Reviewed))
	}
	return slog.GroupValue(attrs...)
}

// GoString implements [fmt.GoStringer]: %#v prints what [Toolbox.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (t Toolbox) GoString() string { return t.String() }
