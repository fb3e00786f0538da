package wording

import (
	"strconv"

	"github.com/recoverykit/recovery/internal/enum"

	"github.com/recoverykit/recovery/internal/token"
)

// Flag is one passage of deficit-based or stigmatizing wording that [Check]
// found: the rule that fired and where the passage is.
//
// A Flag holds no text from the checked string, only byte offsets into it, so
// it is safe to log. Look its rule up with [Code.Rule] for the family, the
// source and the wording to prefer. The zero value is not a flag. A Flag is a
// plain value and is safe for concurrent use.
type Flag struct {
	// Rule is the code of the rule that fired.
	Rule Code `json:"rule"`
	// Start and End are the byte offsets of the passage in the checked text:
	// text[Start:End] is the passage as written. Both lie on rune
	// boundaries. [UTF16Spans] gives them in UTF-16 code units.
	Start int `json:"start"`
	End   int `json:"end"`
}

// String returns the flag as "rule@start-end", with no text.
func (f Flag) String() string {
	return string(f.Rule) + "@" + strconv.Itoa(f.Start) + "-" + strconv.Itoa(f.End)
}

// Span is a range of offsets into a text: Start inclusive, End exclusive.
//
// The zero value is the empty span at 0.
type Span struct {
	// Start is the offset of the first unit.
	Start int `json:"start"`
	// End is the offset just after the last unit.
	End int `json:"end"`
}

// UTF16Spans returns the offsets of every flag in UTF-16 code units of text,
// in the order of flags, for hosts that index strings in UTF-16 (JavaScript,
// Java, .NET): in "café: addict", the flag on "addict" is bytes 7 to 13 and
// UTF-16 units 6 to 12. text must be the text that was checked. It makes one
// pass over text and returns a new slice (nil for no flags).
func UTF16Spans(text string, flags []Flag) []Span {
	if len(flags) == 0 {
		return nil
	}
	out := make([]Span, len(flags))
	c := token.UTF16Counter{Text: text}
	for i, f := range flags {
		out[i].Start = c.Offset(f.Start)
		out[i].End = c.Offset(f.End)
	}
	return out
}

// Family groups the rules by the kind of wording they find.
//
// The zero value is not a valid Family. Family is a string and is safe for
// concurrent use.
type Family string

// The families, in the order [Families] lists them.
const (
	// FamilyIdentityLabel names a person by a substance, or by a legal or
	// psychiatric label: "addict", "junkie", "ex-con", "mental patient".
	FamilyIdentityLabel Family = "identity-label"
	// FamilyDiagnosisAsIdentity reduces a person to a diagnosis: "she is
	// bipolar", "a schizophrenic".
	FamilyDiagnosisAsIdentity Family = "diagnosis-as-identity"
	// FamilyToxicology calls a test result clean or dirty: "tested dirty",
	// "clean UA".
	FamilyToxicology Family = "toxicology"
	// FamilyCleanPerson calls a person clean or dirty for their use: "has
	// been clean for 30 days".
	FamilyCleanPerson Family = "clean-person"
	// FamilyAbuse calls substance use abuse: "substance abuse", "abuses
	// alcohol" (abuse done to a person is not flagged).
	FamilyAbuse Family = "abuse"
	// FamilyBlame blames the person for their illness or their care:
	// "non-compliant", "in denial", "drug-seeking".
	FamilyBlame Family = "blame"
	// FamilySuicide speaks of suicide as a crime or an achievement:
	// "committed suicide", "successful suicide".
	FamilySuicide Family = "suicide"
	// FamilySuffering casts the person as a sufferer or a victim of an
	// illness: "suffers from", "victim of addiction".
	FamilySuffering Family = "suffering"
	// FamilyHabit calls a substance use disorder a habit: "drug habit".
	FamilyHabit Family = "habit"
	// FamilyOther is wording a guide names that fits no other family: "born
	// addicted", "opioid replacement therapy".
	FamilyOther Family = "other"
)

var families = enum.Of(
	FamilyIdentityLabel, FamilyDiagnosisAsIdentity, FamilyToxicology, FamilyCleanPerson,
	FamilyAbuse, FamilyBlame, FamilySuicide, FamilySuffering, FamilyHabit, FamilyOther,
)

// Families returns every family in a fixed order. It returns a new slice on
// each call.
func Families() []Family { return families.Values() }

// IsValid reports whether f is one of the defined families.
func (f Family) IsValid() bool { return families.Has(f) }

// Index returns the position of f in [Families], or -1 if f is not valid.
func (f Family) Index() int { return families.Index(f) }

// Source names the guide that a rule follows.
//
// The zero value is not a valid Source. Source is a string and is safe for
// concurrent use.
type Source string

// The guides behind the rules, in the order [Sources] lists them.
const (
	// SourceNIDA is NIDA, "Words Matter: Terms to Use and Avoid When Talking
	// About Addiction".
	SourceNIDA Source = "nida"
	// SourceAAP is Alinsky RH et al., "Recommended Terminology for Substance
	// Use Disorders in the Care of Children, Adolescents, Young Adults, and
	// Families", Pediatrics 2022;149(6):e2022057529, Table 1.
	SourceAAP Source = "aap-2022"
	// SourceCAMH is CAMH (Centre for Addiction and Mental Health), "Words
	// Matter" on talking about mental illness and suicide.
	SourceCAMH Source = "camh"
	// SourceONDCP is the ONDCP "Changing the Language" draft (2017), as
	// quoted in the Northampton Recovery Center glossary.
	SourceONDCP Source = "ondcp"
	// SourceAddictionSurvivors is the addictionsurvivors.org language guide.
	SourceAddictionSurvivors Source = "addictionsurvivors"
	// SourceClinicalNotes is the research on stigmatizing language in
	// clinical notes and the term banks of stigma-detection projects
	// ("non-compliant", "drug-seeking", "frequent flyer", "lacks insight").
	// No single authority publishes it; the alternatives are the ones that
	// work commonly suggests.
	SourceClinicalNotes Source = "clinical-notes"
)

var sources = enum.Of(SourceNIDA, SourceAAP, SourceCAMH, SourceONDCP, SourceAddictionSurvivors, SourceClinicalNotes)

// Sources returns every source in a fixed order. It returns a new slice on
// each call.
func Sources() []Source { return sources.Values() }

// IsValid reports whether s is one of the defined sources.
func (s Source) IsValid() bool { return sources.Has(s) }

// Index returns the position of s in [Sources], or -1 if s is not valid.
func (s Source) Index() int { return sources.Index(s) }

// Rule is one rule of [Check] in one language: its code, family and source,
// the wording to prefer, and an example of team-written text it flags.
//
// The zero value is not a rule. A Rule is a plain value and is safe for
// concurrent use; [Rules] returns fresh copies.
type Rule struct {
	// Code is the rule's stable code, as in [Flag].Rule.
	Code Code `json:"code"`
	// Language is the primary language subtag the rule reads: "en" or "es".
	Language string `json:"language"`
	// Family is the kind of wording the rule finds.
	Family Family `json:"family"`
	// Source is the guide the rule follows. A Spanish rule carries the
	// source of the guidance it renders in Spanish.
	Source Source `json:"source"`
	// Prefer is the person-first, recovery-oriented wording to use instead,
	// in the rule's language.
	Prefer string `json:"prefer"`
	// Example is a sentence, as a team might write it, that the rule flags.
	Example string `json:"example"`
}

// Rules returns every rule of [Check], English first and then Spanish, each in
// the order of the package's table, so an app can show what is checked and
// why. It returns a new slice on each call.
func Rules() []Rule {
	out := make([]Rule, 0, len(compiled.rules))
	return append(out, compiled.rules...)
}

// Rule returns the rule of c in language (a BCP 47 tag, read as [Options]
// reads it), and whether there is one.
func (c Code) Rule(language string) (Rule, bool) {
	l := langOf(language)
	for _, r := range compiled.rules {
		if r.Code == c && r.Language == langTags[l] {
			return r, true
		}
	}
	return Rule{}, false
}

// Family returns the family of the rule c, or "" if c is not valid.
func (c Code) Family() Family {
	for _, r := range ruleTable {
		if r.code == c {
			return r.family
		}
	}
	return ""
}

// IsValid reports whether c is the code of a rule.
func (c Code) IsValid() bool { return c.Family() != "" }
