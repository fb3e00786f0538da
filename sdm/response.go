package sdm

import (
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
)

// Instrument names a published measure of shared decision making that the
// package scores, as a lower-case hyphenated code.
//
// The zero value is not a valid Instrument. Instrument is a string and is
// safe for concurrent use.
type Instrument string

// The instruments, in the order [Instruments] lists them.
const (
	// InstrumentSDMQ9 is the 9-item Shared Decision Making Questionnaire,
	// patient version: nine items 0 to 5, answered by the person; scored by
	// [SDMQ9].
	InstrumentSDMQ9 Instrument = "sdm-q-9"
	// InstrumentSDMQDoc is the physician version of the questionnaire: nine
	// items 0 to 5, answered by the clinician ([RoleProvider]); scored by
	// [SDMQDoc].
	InstrumentSDMQDoc Instrument = "sdm-q-doc"
	// InstrumentCollaboRATE is the three-item CollaboRATE measure of one
	// encounter, answered by the person or, in its parent and guardian
	// version, by family ([RoleFamily]); items 0 to 9 on the 10-point version
	// and 0 to 4 on the 5-point version ([CollaboRATEVersion]); scored by
	// [CollaboRATE].
	InstrumentCollaboRATE Instrument = "collaborate"
	// InstrumentSURE is the four-item SURE test, answered by the person:
	// each item 1 for yes and 0 for no; scored by [SURE].
	InstrumentSURE Instrument = "sure"
	// InstrumentOPTION5 is the observer-rated OPTION-5 measure: five items 0
	// to 4, rated by an observer of the encounter, who is not a participant,
	// so a response has no Respondent; scored by [OPTION5].
	InstrumentOPTION5 Instrument = "option-5"
	// InstrumentDCS is the 16-item Decisional Conflict Scale in the version
	// [DCSVersion], answered by the person: items 0 to 4; scored by [DCS].
	InstrumentDCS Instrument = "dcs"
)

// instruments lists every instrument once; it backs [Instruments],
// [Instrument.Index] and [Instrument.IsValid].
var instruments = enum.Of(InstrumentSDMQ9, InstrumentSDMQDoc, InstrumentCollaboRATE, InstrumentSURE, InstrumentOPTION5, InstrumentDCS)

// Instruments returns every instrument in a fixed order: SDM-Q-9, SDM-Q-Doc,
// CollaboRATE, SURE, OPTION-5, DCS. It returns a new slice on each call.
func Instruments() []Instrument { return instruments.Values() }

// Index returns i's place in [Instruments], or -1 if i is not valid.
func (i Instrument) Index() int { return instruments.Index(i) }

// IsValid reports whether i is one of the defined instruments.
func (i Instrument) IsValid() bool { return i.Index() >= 0 }

// Items returns the number of items of instrument i and the highest answer
// an item takes on version v (the lowest is always 0); v matters only for
// CollaboRATE, where empty means [CollaboRATEVersion10]. It returns 0, 0 for
// an instrument or a CollaboRATE version that is not defined.
func (i Instrument) Items(v CollaboRATEVersion) (n, max int) {
	switch i {
	case InstrumentSDMQ9, InstrumentSDMQDoc:
		return 9, 5
	case InstrumentCollaboRATE:
		switch v {
		case "", CollaboRATEVersion10:
			return 3, 9
		case CollaboRATEVersion5:
			return 3, 4
		}
	case InstrumentSURE:
		return 4, 1
	case InstrumentOPTION5:
		return 5, 4
	case InstrumentDCS:
		return 16, 4
	}
	return 0, 0
}

// respondents returns the roles that may answer instrument i: none for the
// observer-rated OPTION-5.
func (i Instrument) respondents() []Role {
	switch i {
	case InstrumentSDMQDoc:
		return []Role{RoleProvider}
	case InstrumentCollaboRATE:
		return []Role{RolePerson, RoleFamily}
	case InstrumentOPTION5:
		return nil
	}
	return []Role{RolePerson}
}

// MaxMeasures is the most measure responses one [DecisionRecord] holds.
const MaxMeasures = 20

// MeasureResponse is one completed response to a published measure of
// shared decision making about the decision of its record: which
// instrument, in which version, who answered, when, and the answers as
// item numbers' scores. The items hold integers only, never the items'
// wording, which is under the developers' licences.
//
// The zero value is not a valid response: it needs an instrument, the time
// it was answered and its items. A MeasureResponse holds no free text; it is
// a plain value, safe for concurrent reads.
type MeasureResponse struct {
	// Instrument is the measure answered.
	Instrument Instrument `json:"instrument" validate:"valid"`
	// Version is the version of an instrument that has versions: for
	// CollaboRATE, its response scale, where empty means
	// [CollaboRATEVersion10]. It is empty for every other instrument (a DCS
	// response is in [DCSVersion], the one version the package scores).
	Version CollaboRATEVersion `json:"version,omitempty" validate:"omitempty,valid"`
	// Respondent is the role of who answered: the person, or for SDM-Q-Doc
	// the clinician ([RoleProvider]), or for CollaboRATE's parent and
	// guardian version family ([RoleFamily]). It is empty for OPTION-5, which
	// an observer rates.
	Respondent Role `json:"respondent,omitempty" validate:"omitempty,valid"`
	// AnsweredAt is when the response was given.
	AnsweredAt time.Time `json:"answeredAt" validate:"required,year"`
	// Items holds the answer to each item, in item order, as the
	// instrument's scoring rules code it (see [Instrument.Items]). Every
	// item is answered: a response with a missing item is not a completed
	// response.
	Items []int `json:"items" validate:"required"`
}

// Validate reports whether m is well formed. It returns nil or a
// *recovery.ValidationError that lists every problem and wraps
// recovery.ErrInvalid. The rules, by path and code:
//
//	instrument       valid: one of [Instruments]
//	version          valid: one of [CollaboRATEVersions] when set;
//	                 unsupported: set on an instrument other than CollaboRATE
//	respondent       valid: one of [Roles] when set;
//	                 required: every instrument but OPTION-5 names who answered;
//	                 unsupported: a role that does not answer the instrument
//	                 (see [MeasureResponse.Respondent]), or any role for OPTION-5
//	answeredAt       required; range: outside the years 1 to 9999
//	items            required: null or absent;
//	                 len=n: the instrument's number of items
//	items[j]         min=0, max=m: outside the instrument's scale
//
// The item rules are checked only for a valid instrument and version.
func (m MeasureResponse) Validate() error {
	var c validate.Collector
	m.check(&c, "")
	return c.Err()
}

// check records m's problems below prefix.
func (m MeasureResponse) check(c *validate.Collector, prefix string) {
	validate.Tags(c, prefix, &m, m.tagsHold())
	if !m.Instrument.IsValid() {
		return
	}
	if m.Version != "" && m.Instrument != InstrumentCollaboRATE {
		c.Add(validate.Join(prefix, "version"), "unsupported")
	}
	allowed := m.Instrument.respondents()
	switch {
	case m.Respondent == "" && len(allowed) > 0:
		c.Add(validate.Join(prefix, "respondent"), validate.RuleRequired)
	case m.Respondent != "" && m.Respondent.IsValid() && !slices.Contains(allowed, m.Respondent):
		c.Add(validate.Join(prefix, "respondent"), "unsupported")
	}
	v := m.Version
	if m.Instrument != InstrumentCollaboRATE {
		v = ""
	}
	if n, max := m.Instrument.Items(v); n > 0 && m.Items != nil { // nil breaks the tag
		checkItems(c, validate.Join(prefix, "items"), m.Items, n, max)
	}
}

// optCode is [redact.Code] of an optional code: "" when it is empty.
func optCode[T interface {
	~string
	IsValid() bool
}](c T) string {
	if c == "" {
		return ""
	}
	return redact.Code(c)
}

// LogValue implements [slog.LogValuer]: it logs the instrument, version,
// respondent and the number of items, never the answers. A code that is not
// defined is logged as "[invalid]"; an empty version or respondent as "".
func (m MeasureResponse) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("instrument", redact.Code(m.Instrument)),
		slog.String("version", optCode(m.Version)),
		slog.String("respondent", optCode(m.Respondent)),
		slog.Int("items", len(m.Items)),
	)
}

// String returns "measure <instrument> items=<n>", without the answers.
func (m MeasureResponse) String() string {
	return "measure " + redact.Code(m.Instrument) + " items=" + strconv.Itoa(len(m.Items))
}
