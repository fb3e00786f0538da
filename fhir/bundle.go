package fhir

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/recoverykit/recovery/internal/validate"
)

// Bundle is an R4 Bundle. [Export] returns a "collection" bundle whose
// entries each have a fullUrl "urn:uuid:<id>" and a resource.
//
// The zero value is not a valid Bundle (type is required). A Bundle is a
// plain value, safe for concurrent reads; copies share its slices.
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/bundle.html).
type Bundle struct {
	ID         string        `json:"id,omitempty"`
	Meta       Meta          `json:"meta,omitzero"`
	Identifier Identifier    `json:"identifier,omitzero"`
	Type       BundleType    `json:"type,omitempty" validate:"required,valid"`
	Timestamp  Instant       `json:"timestamp,omitempty" validate:"omitempty,valid"`
	Entry      []BundleEntry `json:"entry,omitempty"`
}

// BundleEntry is Bundle.entry: one resource and its fullUrl.
//
// The zero value has no elements set. A BundleEntry is a plain value, safe
// for concurrent reads; copies share its slices.
type BundleEntry struct {
	// FullURL is the absolute URL of the resource, "urn:uuid:<id>" in the
	// bundles [Export] makes.
	FullURL string `json:"fullUrl,omitempty"`
	// Resource is the resource. Decoding a bundle puts a value of this
	// package's type here (Goal, not *Goal), or an [OtherResource] for a
	// resource type this package does not model.
	Resource Resource `json:"resource,omitempty"`
	// Request is the operation on the resource in a transaction or batch
	// bundle; nil in a collection.
	Request *BundleRequest `json:"request,omitempty"`
}

// BundleRequest is Bundle.entry.request: what a server is to do with the
// entry of a transaction or batch. Method and URL are required.
//
// The zero value has no elements set. A BundleRequest is a plain value,
// safe for concurrent use.
type BundleRequest struct {
	// Method is the HTTP verb; [Export] writes PUT.
	Method HTTPVerb `json:"method" validate:"required,valid"`
	// URL is the target, relative to the server's base: "Type/<id>" for a
	// PUT.
	URL string `json:"url" validate:"required"`
}

// ResourceType returns "Bundle".
func (Bundle) ResourceType() string { return "Bundle" }

// Validate checks b and every resource in it. Besides the struct rules it
// reports:
//
//	entry[i].resource       required   the entry has no resource
//	entry[i].fullUrl        unique     another entry has the same fullUrl (bdl-7)
//	entry[i].request        bdl-3      a transaction entry without a request
//	entry[i].request...     required, valid   the request's method and url
//	entry[i].resource...    (the resource's own rules)
func (b Bundle) Validate() error {
	var c validate.Collector
	q := b
	q.Entry = nil
	check(&c, b.ID, q, nil)
	validate.Distinct(&c, b.Entry, func(e BundleEntry) string { return e.FullURL }, validate.ElemOf("entry", ".fullUrl"))
	for i, e := range b.Entry {
		p := validate.Elem("entry", i)
		if e.Request != nil {
			c.Struct(p+".request", *e.Request)
		}
		if b.Type == BundleTransaction && e.Request == nil {
			c.Add(p+".request", "bdl-3")
		}
		if e.Resource == nil {
			c.Add(p+".resource", validate.RuleRequired)
			continue
		}
		c.Nested(p+".resource", e.Resource.Validate())
	}
	return c.Err()
}

// UnmarshalJSON reads an entry, choosing the Go type of the resource by its
// resourceType.
func (e *BundleEntry) UnmarshalJSON(b []byte) error {
	var v struct {
		FullURL  string          `json:"fullUrl"`
		Resource json.RawMessage `json:"resource"`
		Request  *BundleRequest  `json:"request"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	e.FullURL, e.Request = v.FullURL, v.Request
	e.Resource = nil
	if len(v.Resource) == 0 || bytes.Equal(v.Resource, []byte("null")) {
		return nil
	}
	r, err := decodeResource(v.Resource)
	if err != nil {
		return err
	}
	e.Resource = r
	return nil
}

// decodeResource decodes one resource by its resourceType, decoding the
// JSON once.
func decodeResource(b []byte) (Resource, error) {
	rt, err := resourceTypeOf(b)
	if err != nil {
		return nil, err
	}
	switch rt {
	case "CarePlan":
		return decode[CarePlan](b)
	case "Goal":
		return decode[Goal](b)
	case "Observation":
		return decode[Observation](b)
	case "List":
		return decode[List](b)
	case "RelatedPerson":
		return decode[RelatedPerson](b)
	case "CareTeam":
		return decode[CareTeam](b)
	case "Consent":
		return decode[Consent](b)
	case "Provenance":
		return decode[Provenance](b)
	case "AuditEvent":
		return decode[AuditEvent](b)
	case "Bundle":
		return decode[Bundle](b)
	case "Task":
		return decode[Task](b)
	case "QuestionnaireResponse":
		return decode[QuestionnaireResponse](b)
	case "Questionnaire":
		return decode[Questionnaire](b)
	case "CodeSystem":
		return decode[CodeSystem](b)
	case "ValueSet":
		return decode[ValueSet](b)
	case "StructureDefinition":
		return decode[StructureDefinition](b)
	case "NamingSystem":
		return decode[NamingSystem](b)
	case "":
		return nil, &TypeError{Got: ""}
	}
	if !json.Valid(b) {
		var v any
		return nil, json.Unmarshal(b, &v) // the syntax error, with its offset
	}
	return OtherResource{Type: rt, JSON: append(json.RawMessage(nil), b...)}, nil
}

// OtherResource holds a resource of a type this package does not model, as
// its JSON, so that a bundle decoded and encoded again keeps it.
//
// The zero value has no elements set. An OtherResource is a plain value, safe
// for concurrent reads; copies share its slices.
type OtherResource struct {
	// Type is the resourceType, such as "Patient".
	Type string
	// JSON is the whole resource as it was read.
	JSON json.RawMessage
}

// ResourceType returns o.Type.
func (o OtherResource) ResourceType() string { return o.Type }

// Validate checks only that o has a resource type and is a JSON object; the
// package does not know the rules of other resource types.
func (o OtherResource) Validate() error {
	var c validate.Collector
	if o.Type == "" {
		c.Add("resourceType", validate.RuleRequired)
	}
	if !json.Valid(o.JSON) || len(bytes.TrimSpace(o.JSON)) == 0 || bytes.TrimSpace(o.JSON)[0] != '{' {
		c.Add("", "json")
	}
	return c.Err()
}

// MarshalJSON returns o.JSON.
func (o OtherResource) MarshalJSON() ([]byte, error) {
	if len(o.JSON) == 0 {
		return []byte("null"), nil
	}
	return o.JSON, nil
}

// TypeError reports a resource whose resourceType is not the one expected,
// or missing.
//
// The zero value names no types. A TypeError is a plain value, safe for
// concurrent use.
type TypeError struct {
	// Want is the resource type expected, or "" when any type would do.
	Want string
	// Got is the resourceType found, "" if it was missing, or "[invalid]"
	// if it is not shaped like a resource type name: a TypeError keeps no
	// other text from the bundle.
	Got string
}

// Error returns a message naming both types. Got is printed only when it
// is shaped like a resource type name ("[invalid]" otherwise), so that text
// put in resourceType is not echoed even by a TypeError built by hand.
func (e *TypeError) Error() string {
	if e.Got == "" {
		return "fhir: resource has no resourceType"
	}
	return "fhir: resourceType " + strconv.Quote(shown(typeNameRE, e.Got)) + ", want " + strconv.Quote(e.Want)
}
