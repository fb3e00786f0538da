package wording

import "github.com/recoverykit/recovery/internal/enum"

// Whose says whose words a text is: the person's own, or the team's about the
// person. Person-first guidance is for how a team writes about a person; a
// person describing themselves in their own words is never flagged.
//
// The zero value is not a valid Whose; [Check] reads any value other than
// [WhoseTeam] as the person's own words and flags nothing in it. Whose is a
// string and is safe for concurrent use.
type Whose string

// The authors a text can have, in the order [Whoses] lists them.
const (
	// WhosePerson is the person's own words: what they wrote or said about
	// themselves (their vision, goals, strengths). It is never flagged.
	WhosePerson Whose = "person"
	// WhoseTeam is what the team wrote about the person: session and progress
	// notes, decision evidence, suggestions.
	WhoseTeam Whose = "team"
)

var whoses = enum.Of(WhosePerson, WhoseTeam)

// Whoses returns every Whose in order: person, team. It returns a new slice on
// each call.
func Whoses() []Whose { return whoses.Values() }

// IsValid reports whether w is one of the defined values.
func (w Whose) IsValid() bool { return whoses.Has(w) }

// Index returns the position of w in [Whoses], or -1 if w is not valid.
func (w Whose) Index() int { return whoses.Index(w) }

// Options configures [Check]. A nil *Options, like the zero value, means the
// defaults: English.
//
// Options is a plain value and is safe for concurrent use.
type Options struct {
	// Language is the text's language as a BCP 47 tag ("en", "en-US", "es",
	// "es-MX"), as a plan records it. Its primary subtag chooses the rules:
	// "es" reads Spanish; anything else, and "", reads English.
	Language string
}
