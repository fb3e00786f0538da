package vocab

import (
	"embed"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/jsontype"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
	"github.com/recoverykit/recovery/wording"
)

//go:embed messages/*.json
var builtin embed.FS

// Term is the wording of one code, or of an enum as a whole, in one
// language.
//
// The zero value has no wording. A Term is a plain value, safe for
// concurrent use.
type Term struct {
	// Code is the code the term words ("social"); empty for the enum itself.
	Code string `json:"code,omitempty"`
	// Label is the short name to show in a list or a dropdown ("Social").
	Label string `json:"label"`
	// Help is one sentence that says what the code means, for a tooltip or
	// the line under a choice.
	Help string `json:"help"`
}

// Vocabulary is one enum worded in one language: its own label and help and
// each code's, in the enum's order.
type Vocabulary struct {
	// Enum is the enum's name, as in [Enums] ("life.Area").
	Enum string `json:"enum"`
	// Lang is the language of the wording, after fallback: the catalogue's
	// language closest to the one asked for.
	Lang string `json:"lang"`
	// Label and Help word the enum as a whole ("Life area").
	Label string `json:"label"`
	Help  string `json:"help"`
	// Terms are the codes in the order of the enum's list function.
	Terms []Term `json:"terms"`
}

// Enum is one enum of the library: its name and its codes, in order.
type Enum struct {
	// Name is the package and type ("goals.Status"), the name the plan's
	// JSON Schema uses under $defs.
	Name string
	// Codes are the enum's codes in the order of its list function. The
	// codes of goals.Level are written as Level.String does ("-2" to "+2").
	Codes []string
}

func enumOf[T ~string](name string, list func() []T) Enum {
	vs := list()
	codes := make([]string, len(vs))
	for i, v := range vs {
		codes[i] = string(v)
	}
	return Enum{Name: name, Codes: codes}
}

// Enums returns every enum of the library that a person or a team sees, in
// a fixed order: the plan's, then each package's in the order of the
// packages in the module's map. It returns new slices on each call.
func Enums() []Enum {
	levels := goals.Levels()
	levelCodes := make([]string, len(levels))
	for i, l := range levels {
		levelCodes[i] = l.String()
	}
	return []Enum{
		enumOf("recovery.Status", recovery.Statuses),
		enumOf("recovery.SupporterRole", recovery.SupporterRoles),
		enumOf("life.Area", life.Areas),
		enumOf("life.Dimension", life.Dimensions),
		enumOf("strengths.Kind", strengths.Kinds),
		enumOf("strengths.Timeframe", strengths.Timeframes),
		enumOf("strengths.Source", strengths.Sources),
		enumOf("strengths.AspectKind", strengths.AspectKinds),
		enumOf("goals.Term", goals.Terms),
		enumOf("goals.Status", goals.Statuses),
		enumOf("goals.Criterion", goals.Criteria),
		enumOf("goals.Reason", goals.Reasons),
		{Name: "goals.Level", Codes: levelCodes},
		enumOf("crisis.Channel", crisis.Channels),
		enumOf("crisis.Risk", crisis.Risks),
		enumOf("crisis.Section", crisis.Sections),
		enumOf("crisis.Field", crisis.Fields),
		enumOf("crisis.SafetyStep", crisis.SafetySteps),
		enumOf("sdm.Role", sdm.Roles),
		enumOf("sdm.Stage", sdm.Stages),
		enumOf("sdm.Instrument", sdm.Instruments),
		enumOf("sdm.CollaboRATEVersion", sdm.CollaboRATEVersions),
		enumOf("quality.P", quality.Ps),
		enumOf("quality.Principle", quality.Principles),
		enumOf("quality.Criterion", quality.Criteria),
		enumOf("wording.Family", wording.Families),
		enumOf("audit.Role", audit.Roles),
		enumOf("audit.Action", audit.Actions),
		enumOf("audit.Outcome", audit.Outcomes),
	}
}

// Rules returns every rule code that a Validate method of the module or
// recovery.DecodePlan reports for a plan or an audit event, each with a
// message in every built-in language.
func Rules() []string {
	return []string{
		"required", "valid", "min", "max", "len", "email", "phone", "unique", "exists", "distinct",
		"after-created", "after-start", "after-decided", "has-person", "check-in", "range", "code", "bcp47",
		"nonzero", "unsupported", "struct", "invalid",
		recovery.RuleSyntax, recovery.RuleType, recovery.RuleUUID, recovery.RuleDateTime,
		recovery.RuleUnknown, recovery.RuleTooLarge,
	}
}

// CardTexts returns the keys of the headings a printed card uses, for
// [Catalogue.Text].
func CardTexts() []string {
	return []string{
		"card/overdose-title", "card/safety-title", "card/emergency", "card/call", "card/text",
		"card/has-naloxone", "card/check-in-with", "card/by", "card/check-on-me", "card/naloxone-kept",
		"card/expires", "card/other-steps", "card/reviewed", "card/reasons-for-living", "card/front", "card/back",
	}
}

// Entries are the wording of one language: terms keyed "<enum>" for an enum
// and "<enum>/<code>" for a code ("life.Area/social"), and messages keyed
// "rule/<code>" for a rule (with "rule/<code>/<kind>", kind text, list or
// number, and a "#one" suffix for the singular) and "card/<name>" for a card
// heading. The JSON form is the form of the built-in files:
//
//	{"terms": {"life.Area/social": {"label": "Social", "help": "..."}},
//	 "messages": {"rule/after-start": "Pick a date on or after the start."}}
type Entries struct {
	Terms    map[string]Term   `json:"terms,omitempty"`
	Messages map[string]string `json:"messages,omitempty"`
}

// ParseEntries reads [Entries] from JSON, rejecting unknown fields.
func ParseEntries(data []byte) (Entries, error) {
	var e Entries
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return Entries{}, fmt.Errorf("vocab: entries do not decode: %w", err)
	}
	return e, nil
}

// Catalogue is the wording of the library's codes and messages in a set of
// languages, English first. English is complete and is the fallback for a
// key another language lacks.
//
// A Catalogue is never modified after it is made: [Catalogue.With] returns
// a new one. It is safe for concurrent use. A nil or zero *Catalogue is not
// usable; start from [New].
type Catalogue struct {
	langs   []language.Tag
	matcher language.Matcher
	entries map[language.Tag]Entries
}

// New returns the built-in catalogue: English and Spanish, each complete.
// The built-in files are read once; every catalogue shares them, unchanged.
func New() *Catalogue {
	c := &Catalogue{langs: []language.Tag{language.English, language.Spanish}, entries: map[language.Tag]Entries{}}
	for i, e := range builtinEntries() {
		c.entries[c.langs[i]] = e
	}
	c.matcher = language.NewMatcher(c.langs)
	return c
}

// builtinEntries reads the built-in files, English then Spanish, once.
var builtinEntries = sync.OnceValue(func() []Entries {
	var out []Entries
	for _, l := range []language.Tag{language.English, language.Spanish} {
		b, err := builtin.ReadFile("messages/" + l.String() + ".json")
		if err != nil {
			panic("vocab: built-in messages missing: " + err.Error()) // unreachable: embedded
		}
		e, err := ParseEntries(b)
		if err != nil {
			panic(err) // unreachable: the tests decode every built-in file
		}
		if l == language.English {
			fromPackages(&e)
		}
		out = append(out, e)
	}
	return out
})

// fromPackages fills the English entries that the packages word themselves:
// the strengths prompts (strengths.Prompt), the prompt of each crisis plan
// field (crisis.Field.Prompt) and the suggestion of each plan-quality
// criterion (quality.Criterion.Suggestion) as their help, so the two never
// drift apart.
func fromPackages(e *Entries) {
	for _, a := range life.Areas() {
		for _, t := range strengths.Timeframes() {
			e.Messages[PromptKey(a, t)] = strengths.Prompt(a, t)
		}
	}
	for _, f := range crisis.Fields() {
		k := "crisis.Field/" + string(f)
		t := e.Terms[k]
		t.Help = f.Prompt()
		e.Terms[k] = t
	}
	for _, c := range quality.Criteria() {
		k := "quality.Criterion/" + string(c)
		t := e.Terms[k]
		t.Help = c.Suggestion()
		e.Terms[k] = t
	}
}

// PromptKey returns the key of the strengths prompt for area a and timeframe
// t ("strengths.Prompt/housing/desired"): an open question that invites the
// person to talk about their strengths there.
func PromptKey(a life.Area, t strengths.Timeframe) string {
	return "strengths.Prompt/" + string(a) + "/" + string(t)
}

// With returns a new catalogue with e added to the language lang: a new
// language if the catalogue lacks it, or overrides of the keys e holds. c
// is unchanged. A host adds a language, or words a code its own way,
// without forking the module; a key the new language lacks falls back to
// its parent language (es-MX to es) and then to English.
func (c *Catalogue) With(lang language.Tag, e Entries) *Catalogue {
	n := &Catalogue{langs: slices.Clone(c.langs), entries: maps.Clone(c.entries)}
	old, ok := n.entries[lang]
	if !ok {
		n.langs = append(n.langs, lang)
	}
	merged := Entries{Terms: maps.Clone(old.Terms), Messages: maps.Clone(old.Messages)}
	if merged.Terms == nil {
		merged.Terms = map[string]Term{}
	}
	if merged.Messages == nil {
		merged.Messages = map[string]string{}
	}
	maps.Copy(merged.Terms, e.Terms)
	maps.Copy(merged.Messages, e.Messages)
	n.entries[lang] = merged
	n.matcher = language.NewMatcher(n.langs)
	return n
}

// Languages returns the catalogue's languages, English first, then in the
// order they were added.
func (c *Catalogue) Languages() []language.Tag { return slices.Clone(c.langs) }

// Match returns the catalogue's language that best serves the BCP 47 tags
// given, in order of preference: a plan's language tag, or the tags of an
// Accept-Language header. A tag that does not parse is skipped; with no
// match, Match returns English.
func (c *Catalogue) Match(tags ...string) language.Tag {
	var want []language.Tag
	for _, s := range tags {
		if t, err := language.Parse(s); err == nil {
			want = append(want, t)
		}
	}
	if len(want) == 0 {
		return c.langs[0]
	}
	_, i, conf := c.matcher.Match(want...)
	if conf == language.No {
		return c.langs[0]
	}
	return c.langs[i]
}

// chain returns the languages to look a key up in: lang, its parents, and
// English.
func (c *Catalogue) chain(lang language.Tag) []language.Tag {
	var out []language.Tag
	for t := lang; ; t = t.Parent() {
		if _, ok := c.entries[t]; ok {
			out = append(out, t)
		}
		if t.IsRoot() {
			break
		}
	}
	return append(out, c.langs[0])
}

func (c *Catalogue) term(key string, lang language.Tag) (Term, language.Tag, bool) {
	for _, l := range c.chain(lang) {
		if t, ok := c.entries[l].Terms[key]; ok {
			return t, l, true
		}
	}
	return Term{}, language.Und, false
}

func (c *Catalogue) message(key string, lang language.Tag) (string, bool) {
	for _, l := range c.chain(lang) {
		if m, ok := c.entries[l].Messages[key]; ok {
			return m, true
		}
	}
	return "", false
}

// Vocabulary returns the enum named enum (see [Enums]) worded in lang, or
// false if there is no such enum. A code without wording in lang or its
// fallbacks gets its code as label.
func (c *Catalogue) Vocabulary(enum string, lang language.Tag) (Vocabulary, bool) {
	for _, e := range Enums() {
		if e.Name != enum {
			continue
		}
		head, l, _ := c.term(e.Name, lang)
		v := Vocabulary{Enum: e.Name, Lang: l.String(), Label: head.Label, Help: head.Help}
		for _, code := range e.Codes {
			t, _ := c.Term(e.Name, code, lang)
			v.Terms = append(v.Terms, t)
		}
		return v, true
	}
	return Vocabulary{}, false
}

// Term returns the wording of one code of an enum in lang, falling back to
// English, and whether the catalogue words it; a code it does not word gets
// the code as its label.
func (c *Catalogue) Term(enum, code string, lang language.Tag) (Term, bool) {
	t, _, ok := c.term(enum+"/"+code, lang)
	if !ok {
		return Term{Code: code, Label: code}, false
	}
	t.Code = code
	return t, true
}

// Text returns the message under key (such as "card/emergency") in lang,
// falling back to English, or key itself when the catalogue has none.
func (c *Catalogue) Text(key string, lang language.Tag) string {
	if m, ok := c.message(key, lang); ok {
		return m
	}
	return key
}

// Message returns the message for a problem of recovery.Plan.Validate or
// recovery.DecodePlan in lang: "Pick a date on or after the start." for
// goals[1].steps[0].due after-start. The field at the problem's path says
// whether a limit counts characters, items or a number; the problem's
// parameter fills {n}, with the singular form where the language's plural
// rules call for it. A rule the catalogue does not know gets the message of
// rule "invalid".
func (c *Catalogue) Message(p recovery.Problem, lang language.Tag) string {
	return c.MessageFor(recovery.Plan{}, p, lang)
}

// MessageFor is [Catalogue.Message] for a problem of a part's own Validate
// (a goals.SMARTGoal, a crisis.OverdosePlan), whose paths start at the part.
func (c *Catalogue) MessageFor(part any, p recovery.Problem, lang language.Tag) string {
	base := "rule/" + p.Rule
	var keys []string
	if p.Param != "" && p.Rule == recovery.RuleType {
		keys = append(keys, base+"/"+p.Param)
	}
	if k := kindAt(reflect.TypeOf(part), p.Path); k != "" {
		if n, err := strconv.Atoi(p.Param); err == nil &&
			plural.Cardinal.MatchPlural(lang, n, 0, 0, 0, 0) == plural.One {
			keys = append(keys, base+"/"+k+"#one")
		}
		keys = append(keys, base+"/"+k)
	}
	keys = append(keys, base, "rule/invalid")
	for _, k := range keys {
		if m, ok := c.message(k, lang); ok {
			return strings.ReplaceAll(m, "{n}", p.Param)
		}
	}
	return p.Rule
}

// kindAt returns "text", "list" or "number" for the field at path below
// type t, or "" when the path does not lead to one.
func kindAt(t reflect.Type, path string) string {
	if t == nil {
		return ""
	}
	for _, tok := range strings.FieldsFunc(path, func(r rune) bool { return r == '.' || r == '[' || r == ']' }) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch {
		case t.Kind() == reflect.Slice && tok[0] >= '0' && tok[0] <= '9':
			t = t.Elem()
		case t.Kind() == reflect.Struct:
			f, ok := jsontype.Lookup(jsontype.Fields(t), tok)
			if !ok {
				return ""
			}
			t = f.Type
		default:
			return ""
		}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Slice:
		return "list"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "number"
	}
	return ""
}

// Missing returns, sorted, every key a complete language needs (each enum
// and code of [Enums], each rule of [Rules], each card text of [CardTexts],
// each strengths prompt of [PromptKey])
// that lang itself lacks, without fallback: the check a host runs on a
// language it adds, and the test of the built-in ones.
func (c *Catalogue) Missing(lang language.Tag) []string {
	e := c.entries[lang]
	var out []string
	for _, en := range Enums() {
		if t, ok := e.Terms[en.Name]; !ok || t.Label == "" || t.Help == "" {
			out = append(out, en.Name)
		}
		for _, code := range en.Codes {
			if t, ok := e.Terms[en.Name+"/"+code]; !ok || t.Label == "" || t.Help == "" {
				out = append(out, en.Name+"/"+code)
			}
		}
	}
	for _, r := range Rules() {
		if e.Messages["rule/"+r] == "" {
			out = append(out, "rule/"+r)
		}
	}
	for _, k := range CardTexts() {
		if e.Messages[k] == "" {
			out = append(out, k)
		}
	}
	for _, a := range life.Areas() {
		for _, t := range strengths.Timeframes() {
			if k := PromptKey(a, t); e.Messages[k] == "" {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}
