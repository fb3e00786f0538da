package fhir

import (
	"encoding/json"

	"github.com/recoverykit/recovery/internal/validate"
)

// Task is an R4 Task. This package writes each step of a goal as a Task
// referenced from CarePlan.activity.reference, as the PCO and eLTSS IGs
// require: the step's action in description, the goal in reasonReference,
// the due time in restriction.period.end, the time it was done in
// executionPeriod.end.
//
// The zero value is not a valid Task (status and intent are required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/task.html); only the elements this package
// reads or writes are present.
//
// A Task is a plain value, safe for concurrent reads; copies share its
// slices.
type Task struct {
	ID                string            `json:"id,omitempty"`
	Meta              Meta              `json:"meta,omitzero"`
	Extension         []Extension       `json:"extension,omitempty" validate:"dive"`
	ModifierExtension []Extension       `json:"modifierExtension,omitempty" validate:"dive"`
	Identifier        []Identifier      `json:"identifier,omitempty" validate:"dive"`
	BasedOn           []Reference       `json:"basedOn,omitempty" validate:"dive"`
	Status            TaskStatus        `json:"status,omitempty" validate:"required,valid"`
	Intent            TaskIntent        `json:"intent,omitempty" validate:"required,valid"`
	Code              CodeableConcept   `json:"code,omitzero"`
	Description       string            `json:"description,omitempty"`
	Focus             Reference         `json:"focus,omitzero"`
	For               Reference         `json:"for,omitzero"`
	ExecutionPeriod   Period            `json:"executionPeriod,omitzero"`
	AuthoredOn        DateTime          `json:"authoredOn,omitempty" validate:"omitempty,valid"`
	ReasonReference   Reference         `json:"reasonReference,omitzero"`
	Note              []Annotation      `json:"note,omitempty" validate:"dive"`
	Restriction       TaskRestriction   `json:"restriction,omitzero"`
	Owner             Reference         `json:"owner,omitzero"`
	ReasonCode        CodeableConcept   `json:"reasonCode,omitzero"`
	PerformerType     []CodeableConcept `json:"performerType,omitempty" validate:"dive"`
}

// TaskRestriction is Task.restriction: limits on when the task is to be
// done.
//
// The zero value has no elements set. A TaskRestriction is a plain value,
// safe for concurrent reads; copies share its slices.
type TaskRestriction struct {
	Period Period `json:"period,omitzero"`
}

// ResourceType returns "Task".
func (Task) ResourceType() string { return "Task" }

// Validate checks t: the struct rules and the id, empty and ext-1 rules of
// [Goal.Validate].
func (t Task) Validate() error {
	var c validate.Collector
	check(&c, t.ID, t, t.Extension)
	return c.Err()
}

// QuestionnaireResponse is an R4 QuestionnaireResponse. This package writes
// each crisis plan and each shared decision of a plan as one, against a
// Questionnaire of its own (see [Questionnaires]).
//
// The zero value is not a valid QuestionnaireResponse (status is required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/questionnaireresponse.html); only the elements
// this package reads or writes are present.
//
// A QuestionnaireResponse is a plain value, safe for concurrent reads; copies
// share its slices.
type QuestionnaireResponse struct {
	ID                string                      `json:"id,omitempty"`
	Meta              Meta                        `json:"meta,omitzero"`
	Extension         []Extension                 `json:"extension,omitempty" validate:"dive"`
	ModifierExtension []Extension                 `json:"modifierExtension,omitempty" validate:"dive"`
	Identifier        Identifier                  `json:"identifier,omitzero"`
	BasedOn           []Reference                 `json:"basedOn,omitempty" validate:"dive"`
	PartOf            []Reference                 `json:"partOf,omitempty" validate:"dive"`
	Questionnaire     string                      `json:"questionnaire,omitempty"`
	Status            ResponseStatus              `json:"status,omitempty" validate:"required,valid"`
	Subject           Reference                   `json:"subject,omitzero"`
	Authored          DateTime                    `json:"authored,omitempty" validate:"omitempty,valid"`
	Author            Reference                   `json:"author,omitzero"`
	Source            Reference                   `json:"source,omitzero"`
	Item              []QuestionnaireResponseItem `json:"item,omitempty" validate:"dive"`
}

// QuestionnaireResponseItem is QuestionnaireResponse.item: the answers to
// one item, or the items of a group.
//
// The zero value has no elements set. A QuestionnaireResponseItem is a plain
// value, safe for concurrent reads; copies share its slices.
type QuestionnaireResponseItem struct {
	LinkID     string                        `json:"linkId" validate:"required"`
	Definition string                        `json:"definition,omitempty"`
	Text       string                        `json:"text,omitempty"`
	Answer     []QuestionnaireResponseAnswer `json:"answer,omitempty" validate:"dive"`
	Item       []QuestionnaireResponseItem   `json:"item,omitempty" validate:"dive"`
}

// QuestionnaireResponseAnswer is QuestionnaireResponse.item.answer: one
// value (value[x] is required). Every R4 answer type is present so that
// other systems' responses read; this package writes boolean, integer,
// dateTime, string, uri, Coding and Reference values, and keeps an
// Attachment or Quantity value as its JSON.
//
// The zero value has no elements set. A QuestionnaireResponseAnswer is a
// plain value, safe for concurrent reads; copies share its slices.
type QuestionnaireResponseAnswer struct {
	ValueBoolean   *bool                       `json:"valueBoolean,omitempty"`
	ValueInteger   *int                        `json:"valueInteger,omitempty"`
	ValueDateTime  DateTime                    `json:"valueDateTime,omitempty" validate:"omitempty,valid"`
	ValueString    string                      `json:"valueString,omitempty"`
	ValueURI       string                      `json:"valueUri,omitempty"`
	ValueCoding    Coding                      `json:"valueCoding,omitzero"`
	ValueReference Reference                   `json:"valueReference,omitzero"`
	ValueDecimal   json.Number                 `json:"valueDecimal,omitempty"`
	ValueDate      Date                        `json:"valueDate,omitempty" validate:"omitempty,valid"`
	ValueTime      string                      `json:"valueTime,omitempty"`
	ValueAttach    json.RawMessage             `json:"valueAttachment,omitempty"`
	ValueQuantity  json.RawMessage             `json:"valueQuantity,omitempty"`
	Item           []QuestionnaireResponseItem `json:"item,omitempty" validate:"dive"`
}

func (a QuestionnaireResponseAnswer) values() int {
	n := 0
	for _, set := range []bool{a.ValueBoolean != nil, a.ValueInteger != nil, a.ValueDateTime != "", a.ValueString != "",
		a.ValueURI != "", a.ValueCoding != (Coding{}), !a.ValueReference.isZero(), a.ValueDecimal != "", a.ValueDate != "",
		a.ValueTime != "", len(a.ValueAttach) > 0, len(a.ValueQuantity) > 0} {
		if set {
			n++
		}
	}
	return n
}

// ResourceType returns "QuestionnaireResponse".
func (QuestionnaireResponse) ResourceType() string { return "QuestionnaireResponse" }

// Validate checks r. Besides the struct rules it reports:
//
//	item...answer[j]   required   an answer without a value
//	item...answer[j]   one-value  an answer with more than one value
//	item[i]            qrs-1      an item with both nested items and answers with items
//	id, ...                       id, empty, ext-1 as for [Goal.Validate]
func (r QuestionnaireResponse) Validate() error {
	var c validate.Collector
	check(&c, r.ID, r, r.Extension)
	checkResponseItems(&c, "item", r.Item)
	return c.Err()
}

func checkResponseItems(c *validate.Collector, path string, items []QuestionnaireResponseItem) {
	for i, it := range items {
		p := validate.Elem(path, i)
		nested := false
		for j, a := range it.Answer {
			ap := validate.Elem(p+".answer", j)
			switch n := a.values(); {
			case n == 0:
				c.Add(ap, "required")
			case n > 1:
				c.Add(ap, "one-value")
			}
			nested = nested || len(a.Item) > 0
			checkResponseItems(c, ap+".item", a.Item)
		}
		if nested && len(it.Item) > 0 {
			c.Add(p, "qrs-1")
		}
		checkResponseItems(c, p+".item", it.Item)
	}
}

// Questionnaire is an R4 Questionnaire: a form. This package publishes one
// per crisis plan and one for a shared decision ([Questionnaires]).
//
// The zero value is not a valid Questionnaire (status is required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/questionnaire.html); only the elements this
// package writes are present.
//
// A Questionnaire is a plain value, safe for concurrent reads; copies share
// its slices.
type Questionnaire struct {
	ID          string              `json:"id,omitempty"`
	Meta        Meta                `json:"meta,omitzero"`
	URL         string              `json:"url,omitempty"`
	Version     string              `json:"version,omitempty"`
	Name        string              `json:"name,omitempty"`
	Title       string              `json:"title,omitempty"`
	Status      PublicationStatus   `json:"status,omitempty" validate:"required,valid"`
	SubjectType []string            `json:"subjectType,omitempty" validate:"dive,required"`
	Publisher   string              `json:"publisher,omitempty"`
	Description string              `json:"description,omitempty"`
	Item        []QuestionnaireItem `json:"item,omitempty" validate:"dive"`
}

// QuestionnaireItem is Questionnaire.item: one question or group.
//
// The zero value has no elements set. A QuestionnaireItem is a plain value,
// safe for concurrent reads; copies share its slices.
type QuestionnaireItem struct {
	LinkID         string                `json:"linkId" validate:"required"`
	Code           []Coding              `json:"code,omitempty" validate:"dive"`
	Text           string                `json:"text,omitempty"`
	Type           QuestionnaireItemType `json:"type" validate:"required,valid"`
	Required       *bool                 `json:"required,omitempty"`
	Repeats        *bool                 `json:"repeats,omitempty"`
	AnswerValueSet string                `json:"answerValueSet,omitempty"`
	Item           []QuestionnaireItem   `json:"item,omitempty" validate:"dive"`
}

// ResourceType returns "Questionnaire".
func (Questionnaire) ResourceType() string { return "Questionnaire" }

// Validate checks q. Besides the struct rules it reports:
//
//	item[i]   que-1   a group without items, or a display item with items
//	item[i]   que-9   answerValueSet on an item that is not a choice
//	item[i]   unique  a linkId used before (que-2)
func (q Questionnaire) Validate() error {
	var c validate.Collector
	check(&c, q.ID, q, nil)
	seen := map[string]bool{}
	var walk func(path string, items []QuestionnaireItem)
	walk = func(path string, items []QuestionnaireItem) {
		for i, it := range items {
			p := validate.Elem(path, i)
			if (it.Type == "group") != (len(it.Item) > 0) && (it.Type == "group" || it.Type == "display") {
				c.Add(p, "que-1")
			}
			if it.AnswerValueSet != "" && it.Type != "choice" && it.Type != "open-choice" {
				c.Add(p, "que-9")
			}
			if seen[it.LinkID] {
				c.Add(p+".linkId", "unique")
			}
			seen[it.LinkID] = true
			walk(p+".item", it.Item)
		}
	}
	walk("item", q.Item)
	return c.Err()
}
