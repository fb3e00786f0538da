// The JSON methods of the resource types. Each resource type T has a twin
// tPlain with the same fields and no methods, so that encoding/json can
// encode and decode T's fields without calling T's methods again. Encoding
// writes "resourceType" first and then the twin's fields ([appendResource]);
// decoding reads the twin and checks the resourceType ([unmarshalAs]).

package fhir

import (
	"bytes"
	"encoding/json"
)

type (
	bundlePlain        Bundle
	carePlanPlain      CarePlan
	goalPlain          Goal
	observationPlain   Observation
	listPlain          List
	relatedPersonPlain RelatedPerson
	careTeamPlain      CareTeam
	consentPlain       Consent
	provenancePlain    Provenance
	auditEventPlain    AuditEvent
	taskPlain          Task
	responsePlain      QuestionnaireResponse
	questionnairePlain Questionnaire
	codeSystemPlain    CodeSystem
	valueSetPlain      ValueSet
	structurePlain     StructureDefinition
	namingSystemPlain  NamingSystem
)

// appendResource appends the JSON of r to out. The resource types of this
// package are written with "resourceType" first; any other Resource (an
// [OtherResource], a Bundle inside a bundle) goes through json.Marshal, which
// checks and compacts what its MarshalJSON returns.
func appendResource(out []byte, r Resource) ([]byte, error) {
	switch v := r.(type) {
	case CarePlan:
		return appendTyped(out, "CarePlan", carePlanPlain(v))
	case Goal:
		return appendTyped(out, "Goal", goalPlain(v))
	case Observation:
		return appendTyped(out, "Observation", observationPlain(v))
	case List:
		return appendTyped(out, "List", listPlain(v))
	case RelatedPerson:
		return appendTyped(out, "RelatedPerson", relatedPersonPlain(v))
	case CareTeam:
		return appendTyped(out, "CareTeam", careTeamPlain(v))
	case Consent:
		return appendTyped(out, "Consent", consentPlain(v))
	case Provenance:
		return appendTyped(out, "Provenance", provenancePlain(v))
	case AuditEvent:
		return appendTyped(out, "AuditEvent", auditEventPlain(v))
	case Task:
		return appendTyped(out, "Task", taskPlain(v))
	case QuestionnaireResponse:
		return appendTyped(out, "QuestionnaireResponse", responsePlain(v))
	case Questionnaire:
		return appendTyped(out, "Questionnaire", questionnairePlain(v))
	case CodeSystem:
		return appendTyped(out, "CodeSystem", codeSystemPlain(v))
	case ValueSet:
		return appendTyped(out, "ValueSet", valueSetPlain(v))
	case StructureDefinition:
		return appendTyped(out, "StructureDefinition", structurePlain(v))
	case NamingSystem:
		return appendTyped(out, "NamingSystem", namingSystemPlain(v))
	}
	b, err := json.Marshal(r)
	return append(out, b...), err
}

// resourceWriter encodes resources through one json.Encoder into one
// scratch buffer, so that encoding the many resources of a bundle allocates
// no buffer per resource; each resource is copied into the writer's slot
// for its type and encoded from there, so it is not boxed again either.
type resourceWriter struct {
	scratch       bytes.Buffer
	enc           *json.Encoder
	carePlan      carePlanPlain
	goal          goalPlain
	observation   observationPlain
	list          listPlain
	relatedPerson relatedPersonPlain
	careTeam      careTeamPlain
	consent       consentPlain
	provenance    provenancePlain
	auditEvent    auditEventPlain
	task          taskPlain
	response      responsePlain
	questionnaire questionnairePlain
	codeSystem    codeSystemPlain
	valueSet      valueSetPlain
	structure     structurePlain
	namingSystem  namingSystemPlain
}

func (w *resourceWriter) append(out []byte, r Resource) ([]byte, error) {
	switch v := r.(type) {
	case CarePlan:
		w.carePlan = carePlanPlain(v)
		return w.typed(out, "CarePlan", &w.carePlan)
	case Goal:
		w.goal = goalPlain(v)
		return w.typed(out, "Goal", &w.goal)
	case Observation:
		w.observation = observationPlain(v)
		return w.typed(out, "Observation", &w.observation)
	case List:
		w.list = listPlain(v)
		return w.typed(out, "List", &w.list)
	case RelatedPerson:
		w.relatedPerson = relatedPersonPlain(v)
		return w.typed(out, "RelatedPerson", &w.relatedPerson)
	case CareTeam:
		w.careTeam = careTeamPlain(v)
		return w.typed(out, "CareTeam", &w.careTeam)
	case Consent:
		w.consent = consentPlain(v)
		return w.typed(out, "Consent", &w.consent)
	case Provenance:
		w.provenance = provenancePlain(v)
		return w.typed(out, "Provenance", &w.provenance)
	case AuditEvent:
		w.auditEvent = auditEventPlain(v)
		return w.typed(out, "AuditEvent", &w.auditEvent)
	case Task:
		w.task = taskPlain(v)
		return w.typed(out, "Task", &w.task)
	case QuestionnaireResponse:
		w.response = responsePlain(v)
		return w.typed(out, "QuestionnaireResponse", &w.response)
	case Questionnaire:
		w.questionnaire = questionnairePlain(v)
		return w.typed(out, "Questionnaire", &w.questionnaire)
	case CodeSystem:
		w.codeSystem = codeSystemPlain(v)
		return w.typed(out, "CodeSystem", &w.codeSystem)
	case ValueSet:
		w.valueSet = valueSetPlain(v)
		return w.typed(out, "ValueSet", &w.valueSet)
	case StructureDefinition:
		w.structure = structurePlain(v)
		return w.typed(out, "StructureDefinition", &w.structure)
	case NamingSystem:
		w.namingSystem = namingSystemPlain(v)
		return w.typed(out, "NamingSystem", &w.namingSystem)
	}
	b, err := json.Marshal(r)
	return append(out, b...), err
}

// typed appends the JSON object of plain, a resource's method-free twin,
// with "resourceType":typ as its first member.
func (w *resourceWriter) typed(out []byte, typ string, plain any) ([]byte, error) {
	if w.enc == nil {
		w.enc = json.NewEncoder(&w.scratch)
	}
	w.scratch.Reset()
	if err := w.enc.Encode(plain); err != nil {
		return nil, err
	}
	b := bytes.TrimSuffix(w.scratch.Bytes(), []byte("\n"))
	return appendObject(out, typ, b), nil
}

// appendTyped appends the JSON object of plain with "resourceType":typ as
// its first member.
func appendTyped(out []byte, typ string, plain any) ([]byte, error) {
	b, err := json.Marshal(plain)
	if err != nil {
		return nil, err
	}
	return appendObject(out, typ, b), nil
}

// appendObject appends the JSON object b with "resourceType":typ put first.
func appendObject(out []byte, typ string, b []byte) []byte {
	out = append(out, `{"resourceType":"`...)
	out = append(out, typ...)
	out = append(out, '"')
	if len(b) > len("{}") {
		out = append(out, ',')
	}
	return append(out, b[1:]...)
}

// appendString appends s as a JSON string, as encoding/json writes it: a
// string that needs no escaping is copied as it is, any other is encoded by
// json.Marshal.
func appendString(out []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			b, _ := json.Marshal(s) // a string always encodes
			return append(out, b...)
		}
	}
	out = append(out, '"')
	out = append(out, s...)
	return append(out, '"')
}

// unmarshalAs decodes the resource b into plain, the method-free twin of a
// resource of type want, and fails with a [*TypeError] if b's resourceType
// is not want.
func unmarshalAs(b []byte, want string, plain any) error {
	if err := json.Unmarshal(b, plain); err != nil {
		return err
	}
	if got := typeOf(b); got != want {
		return &TypeError{Want: want, Got: shown(typeNameRE, got)}
	}
	return nil
}

// decode decodes b as a resource of type R with R's UnmarshalJSON.
func decode[R Resource, P interface {
	*R
	json.Unmarshaler
}](b []byte) (Resource, error) {
	var r R
	if err := P(&r).UnmarshalJSON(b); err != nil {
		return nil, err
	}
	return r, nil
}

// MarshalJSON writes the Bundle with "resourceType":"Bundle" first. It
// writes the entries itself, so that each resource of this package is
// encoded once rather than encoded and then re-scanned; its output is
// compact, valid JSON. It is [Bundle.AppendJSON] into a new buffer.
func (r Bundle) MarshalJSON() ([]byte, error) {
	// About 1.5 KiB per entry is typical: one allocation for most bundles.
	return r.AppendJSON(make([]byte, 0, 512+1536*len(r.Entry)))
}

// AppendJSON appends the JSON of the Bundle, the bytes [Bundle.MarshalJSON]
// returns, to dst and returns the extended buffer. It is the fastest way to
// the bytes: a host that exports many plans can reuse one buffer
// (buf, err = b.AppendJSON(buf[:0])), which then allocates no output buffer
// once it has grown to the size of the largest bundle.
func (r Bundle) AppendJSON(dst []byte) ([]byte, error) {
	entries := r.Entry
	r.Entry = nil
	out, err := appendTyped(dst, "Bundle", bundlePlain(r))
	if err != nil || len(entries) == 0 {
		return out, err
	}
	var w resourceWriter
	out = append(out[:len(out)-1], `,"entry":[`...)
	for i, e := range entries {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, '{')
		if e.FullURL != "" {
			out = append(out, `"fullUrl":`...)
			out = appendString(out, e.FullURL)
		}
		if e.Resource != nil {
			if e.FullURL != "" {
				out = append(out, ',')
			}
			out = append(out, `"resource":`...)
			if out, err = w.append(out, e.Resource); err != nil {
				return nil, err
			}
		}
		if e.Request != nil {
			rq, err := json.Marshal(e.Request)
			if err != nil {
				return nil, err
			}
			if e.FullURL != "" || e.Resource != nil {
				out = append(out, ',')
			}
			out = append(out, `"request":`...)
			out = append(out, rq...)
		}
		out = append(out, '}')
	}
	return append(out, "]}"...), nil
}

// UnmarshalJSON reads a Bundle. It fails with a [*TypeError] if resourceType
// is not "Bundle".
func (r *Bundle) UnmarshalJSON(b []byte) error { return unmarshalAs(b, "Bundle", (*bundlePlain)(r)) }

// MarshalJSON writes the CarePlan with "resourceType":"CarePlan" first.
func (r CarePlan) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a CarePlan. It fails with a [*TypeError] if
// resourceType is not "CarePlan".
func (r *CarePlan) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "CarePlan", (*carePlanPlain)(r))
}

// MarshalJSON writes the Goal with "resourceType":"Goal" first.
func (r Goal) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a Goal. It fails with a [*TypeError] if resourceType
// is not "Goal".
func (r *Goal) UnmarshalJSON(b []byte) error { return unmarshalAs(b, "Goal", (*goalPlain)(r)) }

// MarshalJSON writes the Observation with "resourceType":"Observation" first.
func (r Observation) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads an Observation. It fails with a [*TypeError] if
// resourceType is not "Observation".
func (r *Observation) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "Observation", (*observationPlain)(r))
}

// MarshalJSON writes the List with "resourceType":"List" first.
func (r List) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a List. It fails with a [*TypeError] if resourceType
// is not "List".
func (r *List) UnmarshalJSON(b []byte) error { return unmarshalAs(b, "List", (*listPlain)(r)) }

// MarshalJSON writes the RelatedPerson with "resourceType":"RelatedPerson"
// first.
func (r RelatedPerson) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a RelatedPerson. It fails with a [*TypeError] if
// resourceType is not "RelatedPerson".
func (r *RelatedPerson) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "RelatedPerson", (*relatedPersonPlain)(r))
}

// MarshalJSON writes the CareTeam with "resourceType":"CareTeam" first.
func (r CareTeam) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a CareTeam. It fails with a [*TypeError] if
// resourceType is not "CareTeam".
func (r *CareTeam) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "CareTeam", (*careTeamPlain)(r))
}

// MarshalJSON writes the Consent with "resourceType":"Consent" first.
func (r Consent) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a Consent. It fails with a [*TypeError] if
// resourceType is not "Consent".
func (r *Consent) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "Consent", (*consentPlain)(r))
}

// MarshalJSON writes the Provenance with "resourceType":"Provenance" first.
func (r Provenance) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a Provenance. It fails with a [*TypeError] if
// resourceType is not "Provenance".
func (r *Provenance) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "Provenance", (*provenancePlain)(r))
}

// MarshalJSON writes the AuditEvent with "resourceType":"AuditEvent" first.
func (r AuditEvent) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads an AuditEvent. It fails with a [*TypeError] if
// resourceType is not "AuditEvent".
func (r *AuditEvent) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "AuditEvent", (*auditEventPlain)(r))
}

// MarshalJSON writes the Task with "resourceType":"Task" first.
func (r Task) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a Task. It fails with a [*TypeError] if resourceType
// is not "Task".
func (r *Task) UnmarshalJSON(b []byte) error { return unmarshalAs(b, "Task", (*taskPlain)(r)) }

// MarshalJSON writes the QuestionnaireResponse with
// "resourceType":"QuestionnaireResponse" first.
func (r QuestionnaireResponse) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a QuestionnaireResponse. It fails with a [*TypeError]
// if resourceType is not "QuestionnaireResponse".
func (r *QuestionnaireResponse) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "QuestionnaireResponse", (*responsePlain)(r))
}

// MarshalJSON writes the Questionnaire with "resourceType":"Questionnaire"
// first.
func (r Questionnaire) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a Questionnaire. It fails with a [*TypeError] if
// resourceType is not "Questionnaire".
func (r *Questionnaire) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "Questionnaire", (*questionnairePlain)(r))
}

// MarshalJSON writes the CodeSystem with "resourceType":"CodeSystem" first.
func (r CodeSystem) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a CodeSystem. It fails with a [*TypeError] if resourceType
// is not "CodeSystem".
func (r *CodeSystem) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "CodeSystem", (*codeSystemPlain)(r))
}

// MarshalJSON writes the ValueSet with "resourceType":"ValueSet" first.
func (r ValueSet) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a ValueSet. It fails with a [*TypeError] if resourceType
// is not "ValueSet".
func (r *ValueSet) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "ValueSet", (*valueSetPlain)(r))
}

// MarshalJSON writes the StructureDefinition with "resourceType":"StructureDefinition" first.
func (r StructureDefinition) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a StructureDefinition. It fails with a [*TypeError] if resourceType
// is not "StructureDefinition".
func (r *StructureDefinition) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "StructureDefinition", (*structurePlain)(r))
}

// MarshalJSON writes the NamingSystem with "resourceType":"NamingSystem" first.
func (r NamingSystem) MarshalJSON() ([]byte, error) { return appendResource(nil, r) }

// UnmarshalJSON reads a NamingSystem. It fails with a [*TypeError] if resourceType
// is not "NamingSystem".
func (r *NamingSystem) UnmarshalJSON(b []byte) error {
	return unmarshalAs(b, "NamingSystem", (*namingSystemPlain)(r))
}
