package fhir

import (
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/sdm"
)

// FormVersion is the version of the Questionnaires this package publishes
// (see [Questionnaires]); a QuestionnaireResponse names its form as
// "<url>|<version>". [Import] reads responses to any 1.x version.
const FormVersion = "1.1.0"

// The canonical URLs of the Questionnaires a plan's crisis plans and
// decisions are written against.
const (
	// FormOverdose is the overdose prevention plan (crisis.OverdosePlan).
	FormOverdose = Base + "Questionnaire/overdose-plan"
	// FormSafety is the safety plan (crisis.SafetyPlan).
	FormSafety = Base + "Questionnaire/safety-plan"
	// FormToolbox is the wellness toolbox (crisis.Toolbox).
	FormToolbox = Base + "Questionnaire/wellness-toolbox"
	// FormDecision is a shared decision (sdm.DecisionRecord).
	FormDecision = Base + "Questionnaire/shared-decision"
)

// SystemPlanItem holds the codes of the items of this package's
// Questionnaires: each item's linkId is its code, the JSON path of the field
// it carries (such as "naloxoneCarrier.phone"). Its concepts' displays are
// the same neutral codes: the host supplies the wording it shows.
const SystemPlanItem = Base + "CodeSystem/plan-item"

// form is one Questionnaire: the Go type its responses carry.
type form struct {
	url   string
	name  string // the Questionnaire's computable name
	title string
	typ   reflect.Type
}

// forms lists the Questionnaires, in the order Export writes responses.
var forms = []form{
	{FormOverdose, "OverdosePlan", "Overdose prevention plan", reflect.TypeFor[crisis.OverdosePlan]()},
	{FormSafety, "SafetyPlan", "Safety plan", reflect.TypeFor[crisis.SafetyPlan]()},
	{FormToolbox, "WellnessToolbox", "Wellness toolbox", reflect.TypeFor[crisis.Toolbox]()},
	{FormDecision, "SharedDecision", "Shared decision", reflect.TypeFor[sdm.DecisionRecord]()},
}

// codeSystem is one of this package's code systems of a Go enum type.
type codeSystem struct {
	url   string
	name  string
	title string
	typ   reflect.Type
	codes func() []string
}

func codesOf[T ~string](values []T) func() []string {
	return func() []string {
		out := make([]string, len(values))
		for i, v := range values {
			out[i] = string(v)
		}
		return out
	}
}

// The code systems of the coded answers of the forms.
const (
	// SystemContactChannel holds the crisis.Channel codes.
	SystemContactChannel = Base + "CodeSystem/contact-channel"
	// SystemOverdoseRisk holds the crisis.Risk codes.
	SystemOverdoseRisk = Base + "CodeSystem/overdose-risk"
	// SystemToolboxSection holds the crisis.Section codes.
	SystemToolboxSection = Base + "CodeSystem/toolbox-section"
	// SystemDecisionRole holds the sdm.Role codes (also the co-creator role).
	SystemDecisionRole = Base + "CodeSystem/decision-role"
	// SystemDecisionStage holds the sdm.Stage codes.
	SystemDecisionStage = Base + "CodeSystem/decision-stage"
	// SystemSDMInstrument holds the sdm.Instrument codes: the measures of
	// shared decision making a decision's measure responses answer.
	SystemSDMInstrument = Base + "CodeSystem/sdm-instrument"
	// SystemCollaboRATEVersion holds the sdm.CollaboRATEVersion codes.
	SystemCollaboRATEVersion = Base + "CodeSystem/collaborate-version"
)

// answerSystems are the code systems of coded answers, by Go type.
var answerSystems = []codeSystem{
	{SystemContactChannel, "ContactChannel", "How a contact is reached", reflect.TypeFor[crisis.Channel](), codesOf(crisis.Channels())},
	{SystemOverdoseRisk, "OverdoseRisk", "Overdose risks reviewed", reflect.TypeFor[crisis.Risk](), codesOf(crisis.Risks())},
	{SystemToolboxSection, "ToolboxSection", "Wellness toolbox sections", reflect.TypeFor[crisis.Section](), codesOf(crisis.Sections())},
	{SystemDecisionRole, "DecisionRole", "Roles in a shared decision", reflect.TypeFor[sdm.Role](), codesOf(sdm.Roles())},
	{SystemDecisionStage, "DecisionStage", "Stages of a shared decision", reflect.TypeFor[sdm.Stage](), codesOf(sdm.Stages())},
	{SystemSDMInstrument, "SDMInstrument", "Measures of shared decision making", reflect.TypeFor[sdm.Instrument](), codesOf(sdm.Instruments())},
	{SystemCollaboRATEVersion, "CollaboRATEVersion", "Response scales of CollaboRATE", reflect.TypeFor[sdm.CollaboRATEVersion](), codesOf(sdm.CollaboRATEVersions())},
}

// Item types of the form fields.
const (
	itemGroup     QuestionnaireItemType = "group"
	itemString    QuestionnaireItemType = "string"
	itemBoolean   QuestionnaireItemType = "boolean"
	itemDateTime  QuestionnaireItemType = "dateTime"
	itemURL       QuestionnaireItemType = "url"
	itemReference QuestionnaireItemType = "reference"
	itemChoice    QuestionnaireItemType = "choice"
	itemInteger   QuestionnaireItemType = "integer"
)

// formField is one item of a form: a field of the form's Go type.
type formField struct {
	linkID  string // the JSON path of the field, its item code
	index   int    // the field's index in its struct
	typ     QuestionnaireItemType
	repeats bool
	system  string // choice: the code system
	target  string // reference: the resource type
	elem    reflect.Type
	fields  []formField // group: the struct's fields
}

// refTargets maps the ref tag of an ID field to the resource type it is
// written as.
var refTargets = map[string]string{"supporter": "RelatedPerson", "goal": "Goal", "strength": "Observation"}

var (
	timeType = reflect.TypeFor[time.Time]()
	uuidType = reflect.TypeFor[uuid.UUID]()
)

// formFields returns the items of struct type t, whose fields' JSON paths
// start with prefix. The top-level "id" is the resource id, not an item.
func formFields(t reflect.Type, prefix string) []formField {
	var out []formField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" || (prefix == "" && name == "id") {
			continue
		}
		ff := formField{linkID: prefix + name, index: i, elem: f.Type}
		if f.Type.Kind() == reflect.Slice {
			ff.repeats, ff.elem = true, f.Type.Elem()
		}
		e := ff.elem
		switch {
		case e == timeType:
			ff.typ = itemDateTime
		case e == uuidType && f.Tag.Get("ref") != "":
			ff.typ, ff.target = itemReference, refTargets[f.Tag.Get("ref")]
		case e == uuidType:
			ff.typ = itemURL
		case e.Kind() == reflect.Bool:
			ff.typ = itemBoolean
		case e.Kind() == reflect.Int:
			ff.typ = itemInteger
		case e.Kind() == reflect.String && phi.KindOf(e).IsValid():
			ff.typ = itemString
		case e.Kind() == reflect.String:
			ff.typ = itemChoice
			for _, s := range answerSystems {
				if s.typ == e {
					ff.system = s.url
				}
			}
		case e.Kind() == reflect.Struct:
			ff.typ = itemGroup
			ff.fields = formFields(e, ff.linkID+".")
		}
		if ff.typ == "" || (ff.typ == itemChoice && ff.system == "") || (ff.typ == itemReference && ff.target == "") {
			panic("fhir: no form item type for " + t.String() + "." + f.Name) // a field added to a crisis or sdm type: map it here
		}
		out = append(out, ff)
	}
	return out
}

var formItems = sync.OnceValue(func() map[string][]formField {
	m := make(map[string][]formField, len(forms))
	for _, f := range forms {
		m[f.url] = formFields(f.typ, "")
	}
	return m
})

func formOf(url string) (form, bool) {
	for _, f := range forms {
		if f.url == url {
			return f, true
		}
	}
	return form{}, false
}

// responseItems returns the items of the response of struct value v: every
// field that is set, in field order; a list's values as the answers of one
// item, in order; a list of structs as one group item each, in order.
func responseItems(v reflect.Value, fields []formField) []QuestionnaireResponseItem {
	var out []QuestionnaireResponseItem
	for _, f := range fields {
		fv := v.Field(f.index)
		if fv.IsZero() || (f.repeats && fv.Len() == 0) {
			continue
		}
		switch {
		case f.typ == itemGroup && f.repeats:
			for i := range fv.Len() {
				out = append(out, QuestionnaireResponseItem{LinkID: f.linkID, Item: responseItems(fv.Index(i), f.fields)})
			}
		case f.typ == itemGroup:
			out = append(out, QuestionnaireResponseItem{LinkID: f.linkID, Item: responseItems(fv, f.fields)})
		case f.repeats:
			it := QuestionnaireResponseItem{LinkID: f.linkID, Answer: make([]QuestionnaireResponseAnswer, 0, fv.Len())}
			for i := range fv.Len() {
				it.Answer = append(it.Answer, answerOf(f, fv.Index(i)))
			}
			out = append(out, it)
		default:
			out = append(out, QuestionnaireResponseItem{LinkID: f.linkID, Answer: []QuestionnaireResponseAnswer{answerOf(f, fv)}})
		}
	}
	return out
}

func answerOf(f formField, v reflect.Value) QuestionnaireResponseAnswer {
	switch f.typ {
	case itemDateTime:
		return QuestionnaireResponseAnswer{ValueDateTime: DateTimeOf(v.Interface().(time.Time))}
	case itemReference:
		return QuestionnaireResponseAnswer{ValueReference: ref(f.target, v.Interface().(uuid.UUID))}
	case itemURL:
		return QuestionnaireResponseAnswer{ValueURI: urn(v.Interface().(uuid.UUID))}
	case itemBoolean:
		b := v.Bool()
		return QuestionnaireResponseAnswer{ValueBoolean: &b}
	case itemInteger:
		n := int(v.Int())
		return QuestionnaireResponseAnswer{ValueInteger: &n}
	case itemChoice:
		return QuestionnaireResponseAnswer{ValueCoding: Coding{System: f.system, Code: v.String()}}
	}
	return QuestionnaireResponseAnswer{ValueString: v.String()}
}

// readItems reads the response items into the struct v. Problems are
// recorded at path: an item the form does not have (rule "linkId"), an
// item of a single field given twice ("unique"), an answer of the wrong
// type or not in its code system ("valid"), a group with answers or a
// field with nested items ("qrs-1").
func (im *importer) readItems(items []QuestionnaireResponseItem, v reflect.Value, fields []formField, path string, ps *problems) {
	seen := make(map[string]bool, len(items))
	for i, it := range items {
		p := validate.Elem(path, i)
		var f *formField
		for k := range fields {
			if fields[k].linkID == it.LinkID {
				f = &fields[k]
			}
		}
		if f == nil {
			ps.c.Add(p+".linkId", "linkId")
			continue
		}
		fv := v.Field(f.index)
		if seen[f.linkID] && !(f.repeats && f.typ == itemGroup) {
			ps.c.Add(p+".linkId", "unique")
			continue
		}
		seen[f.linkID] = true
		if f.typ == itemGroup {
			if len(it.Answer) > 0 {
				ps.c.Add(p+".answer", "qrs-1")
				continue
			}
			if f.repeats {
				e := reflect.New(f.elem).Elem()
				im.readItems(it.Item, e, f.fields, p+".item", ps)
				fv.Set(reflect.Append(fv, e))
			} else {
				im.readItems(it.Item, fv, f.fields, p+".item", ps)
			}
			continue
		}
		if len(it.Item) > 0 {
			ps.c.Add(p+".item", "qrs-1")
			continue
		}
		if !f.repeats && len(it.Answer) > 1 {
			ps.c.Add(p+".answer", "max")
			continue
		}
		for j, a := range it.Answer {
			ap := validate.Elem(p+".answer", j)
			if len(a.Item) > 0 {
				ps.c.Add(ap+".item", "qrs-1")
				continue
			}
			val, ok := im.answerValue(*f, a)
			if !ok {
				ps.c.Add(ap, "valid")
				continue
			}
			if f.repeats {
				fv.Set(reflect.Append(fv, val))
			} else {
				fv.Set(val)
			}
		}
	}
}

// answerValue returns the Go value of answer a of field f, and false if a
// does not hold exactly one value of f's type.
func (im *importer) answerValue(f formField, a QuestionnaireResponseAnswer) (reflect.Value, bool) {
	if a.values() != 1 {
		return reflect.Value{}, false
	}
	out := reflect.New(f.elem).Elem()
	switch f.typ {
	case itemDateTime:
		if a.ValueDateTime == "" {
			return out, false
		}
		t, err := a.ValueDateTime.Time()
		if err != nil {
			return out, false
		}
		out.Set(reflect.ValueOf(t))
	case itemReference:
		id, ok := im.refUUID(a.ValueReference)
		if !ok {
			return out, false
		}
		out.Set(reflect.ValueOf(id))
	case itemURL:
		id, ok := uuidOf(Reference{Reference: a.ValueURI})
		if !ok || !strings.HasPrefix(a.ValueURI, "urn:uuid:") {
			return out, false
		}
		out.Set(reflect.ValueOf(id))
	case itemBoolean:
		if a.ValueBoolean == nil {
			return out, false
		}
		out.SetBool(*a.ValueBoolean)
	case itemInteger:
		if a.ValueInteger == nil {
			return out, false
		}
		out.SetInt(int64(*a.ValueInteger))
	case itemChoice:
		if a.ValueCoding.System != f.system || a.ValueCoding.Code == "" {
			return out, false
		}
		out.SetString(a.ValueCoding.Code)
	default:
		if a.ValueString == "" {
			return out, false
		}
		out.SetString(a.ValueString)
	}
	return out, true
}

// questionnaireItems returns the Questionnaire items of fields.
func questionnaireItems(fields []formField) []QuestionnaireItem {
	out := make([]QuestionnaireItem, 0, len(fields))
	for _, f := range fields {
		it := QuestionnaireItem{
			LinkID: f.linkID,
			Code:   []Coding{{System: SystemPlanItem, Code: f.linkID}},
			Text:   f.linkID,
			Type:   f.typ,
		}
		if f.repeats {
			t := true
			it.Repeats = &t
		}
		if f.typ == itemChoice {
			it.AnswerValueSet = valueSetOf(f.system)
		}
		if f.typ == itemGroup {
			it.Item = questionnaireItems(f.fields)
		}
		out = append(out, it)
	}
	return out
}

// valueSetOf returns the canonical URL of the ValueSet of all codes of a
// code system of this package: the system's URL with ValueSet for
// CodeSystem.
func valueSetOf(system string) string {
	return strings.Replace(system, "/CodeSystem/", "/ValueSet/", 1)
}

// Questionnaires returns the Questionnaires this package writes crisis
// plans and decisions against, version [FormVersion]: the overdose plan
// ([FormOverdose]), the safety plan ([FormSafety]), the wellness toolbox
// ([FormToolbox]) and a shared decision ([FormDecision]). Each item's linkId
// and code (in [SystemPlanItem]) is the JSON path of the field it carries,
// and its text is that same neutral code: the package ships no display
// wording, so no licensed text; the host supplies its own. A list is an
// item that repeats; a contact, an option or a participant is a group.
func Questionnaires() []Questionnaire {
	out := make([]Questionnaire, 0, len(forms))
	for _, f := range forms {
		out = append(out, Questionnaire{
			ID:          f.url[strings.LastIndexByte(f.url, '/')+1:],
			URL:         f.url,
			Version:     FormVersion,
			Name:        f.name,
			Title:       f.title,
			Status:      PublicationActive,
			SubjectType: []string{"Patient"},
			Item:        questionnaireItems(formItems()[f.url]),
		})
	}
	return out
}

// canonical returns "<url>|<FormVersion>".
func canonical(url string) string { return url + "|" + FormVersion }

// formOfCanonical returns the form a response's questionnaire names: its
// URL alone, or with a 1.x version.
func formOfCanonical(c string) (form, bool) {
	url, version, hasVersion := strings.Cut(c, "|")
	if hasVersion && !strings.HasPrefix(version, "1.") && version != "1" {
		return form{}, false
	}
	return formOf(url)
}

// response returns the QuestionnaireResponse of the struct value v (a
// crisis plan or a decision) with the given id, against form url, based on
// the plan's CarePlan.
func (x *exporter) response(url string, id uuid.UUID, v reflect.Value) QuestionnaireResponse {
	return QuestionnaireResponse{
		ID:            x.id(id),
		BasedOn:       []Reference{x.ref("CarePlan", x.plan.ID)},
		Questionnaire: canonical(url),
		Status:        ResponseCompleted,
		Subject:       x.person,
		Item:          responseItems(v, formItems()[url]),
	}
}
