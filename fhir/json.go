// The JSON methods of the resource types, all made from one pattern; keep
// them in step. Each resource travels as a "wire" struct: "resourceType"
// first, then the resource's own fields (the plain type has no methods, so
// encoding/json does not recurse into these ones).

package fhir

import "encoding/json"

type bundlePlain Bundle

type bundleWire struct {
	ResourceType string `json:"resourceType"`
	bundlePlain
}

// MarshalJSON writes the Bundle with "resourceType":"Bundle" first. It
// writes the entries itself, so that each resource of this package is
// encoded once rather than encoded and then re-scanned.
func (r Bundle) MarshalJSON() ([]byte, error) {
	entries := r.Entry
	r.Entry = nil
	out, err := json.Marshal(bundleWire{"Bundle", bundlePlain(r)})
	if err != nil || len(entries) == 0 {
		return out, err
	}
	// About 1 KiB per entry is typical: one allocation for most bundles.
	head := out[:len(out)-1]
	out = make([]byte, 0, len(head)+16+1024*len(entries))
	out = append(out, head...)
	out = append(out, `,"entry":[`...)
	for i, e := range entries {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, '{')
		if e.FullURL != "" {
			u, err := json.Marshal(e.FullURL)
			if err != nil {
				return nil, err
			}
			out = append(out, `"fullUrl":`...)
			out = append(out, u...)
		}
		if e.Resource != nil {
			if e.FullURL != "" {
				out = append(out, ',')
			}
			res, err := marshalResource(e.Resource)
			if err != nil {
				return nil, err
			}
			out = append(out, `"resource":`...)
			out = append(out, res...)
		}
		out = append(out, '}')
	}
	return append(out, "]}"...), nil
}

// UnmarshalJSON reads a Bundle. It fails with a [*TypeError] if resourceType is
// not "Bundle".
func (r *Bundle) UnmarshalJSON(b []byte) error {
	v, err := decodeBundle(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeBundle(b []byte) (Bundle, error) {
	var v bundleWire
	if err := json.Unmarshal(b, &v); err != nil {
		return Bundle{}, err
	}
	if v.ResourceType != "Bundle" {
		return Bundle{}, &TypeError{Want: "Bundle", Got: v.ResourceType}
	}
	return Bundle(v.bundlePlain), nil
}

type carePlanPlain CarePlan

type carePlanWire struct {
	ResourceType string `json:"resourceType"`
	carePlanPlain
}

// MarshalJSON writes the CarePlan with "resourceType":"CarePlan" first.
func (r CarePlan) MarshalJSON() ([]byte, error) {
	return json.Marshal(carePlanWire{"CarePlan", carePlanPlain(r)})
}

// UnmarshalJSON reads a CarePlan. It fails with a [*TypeError] if resourceType is
// not "CarePlan".
func (r *CarePlan) UnmarshalJSON(b []byte) error {
	v, err := decodeCarePlan(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeCarePlan(b []byte) (CarePlan, error) {
	var v carePlanWire
	if err := json.Unmarshal(b, &v); err != nil {
		return CarePlan{}, err
	}
	if v.ResourceType != "CarePlan" {
		return CarePlan{}, &TypeError{Want: "CarePlan", Got: v.ResourceType}
	}
	return CarePlan(v.carePlanPlain), nil
}

type goalPlain Goal

type goalWire struct {
	ResourceType string `json:"resourceType"`
	goalPlain
}

// MarshalJSON writes the Goal with "resourceType":"Goal" first.
func (r Goal) MarshalJSON() ([]byte, error) {
	return json.Marshal(goalWire{"Goal", goalPlain(r)})
}

// UnmarshalJSON reads a Goal. It fails with a [*TypeError] if resourceType is
// not "Goal".
func (r *Goal) UnmarshalJSON(b []byte) error {
	v, err := decodeGoal(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeGoal(b []byte) (Goal, error) {
	var v goalWire
	if err := json.Unmarshal(b, &v); err != nil {
		return Goal{}, err
	}
	if v.ResourceType != "Goal" {
		return Goal{}, &TypeError{Want: "Goal", Got: v.ResourceType}
	}
	return Goal(v.goalPlain), nil
}

type observationPlain Observation

type observationWire struct {
	ResourceType string `json:"resourceType"`
	observationPlain
}

// MarshalJSON writes the Observation with "resourceType":"Observation" first.
func (r Observation) MarshalJSON() ([]byte, error) {
	return json.Marshal(observationWire{"Observation", observationPlain(r)})
}

// UnmarshalJSON reads a Observation. It fails with a [*TypeError] if resourceType is
// not "Observation".
func (r *Observation) UnmarshalJSON(b []byte) error {
	v, err := decodeObservation(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeObservation(b []byte) (Observation, error) {
	var v observationWire
	if err := json.Unmarshal(b, &v); err != nil {
		return Observation{}, err
	}
	if v.ResourceType != "Observation" {
		return Observation{}, &TypeError{Want: "Observation", Got: v.ResourceType}
	}
	return Observation(v.observationPlain), nil
}

type listPlain List

type listWire struct {
	ResourceType string `json:"resourceType"`
	listPlain
}

// MarshalJSON writes the List with "resourceType":"List" first.
func (r List) MarshalJSON() ([]byte, error) {
	return json.Marshal(listWire{"List", listPlain(r)})
}

// UnmarshalJSON reads a List. It fails with a [*TypeError] if resourceType is
// not "List".
func (r *List) UnmarshalJSON(b []byte) error {
	v, err := decodeList(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeList(b []byte) (List, error) {
	var v listWire
	if err := json.Unmarshal(b, &v); err != nil {
		return List{}, err
	}
	if v.ResourceType != "List" {
		return List{}, &TypeError{Want: "List", Got: v.ResourceType}
	}
	return List(v.listPlain), nil
}

type relatedPersonPlain RelatedPerson

type relatedPersonWire struct {
	ResourceType string `json:"resourceType"`
	relatedPersonPlain
}

// MarshalJSON writes the RelatedPerson with "resourceType":"RelatedPerson" first.
func (r RelatedPerson) MarshalJSON() ([]byte, error) {
	return json.Marshal(relatedPersonWire{"RelatedPerson", relatedPersonPlain(r)})
}

// UnmarshalJSON reads a RelatedPerson. It fails with a [*TypeError] if resourceType is
// not "RelatedPerson".
func (r *RelatedPerson) UnmarshalJSON(b []byte) error {
	v, err := decodeRelatedPerson(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeRelatedPerson(b []byte) (RelatedPerson, error) {
	var v relatedPersonWire
	if err := json.Unmarshal(b, &v); err != nil {
		return RelatedPerson{}, err
	}
	if v.ResourceType != "RelatedPerson" {
		return RelatedPerson{}, &TypeError{Want: "RelatedPerson", Got: v.ResourceType}
	}
	return RelatedPerson(v.relatedPersonPlain), nil
}

type careTeamPlain CareTeam

type careTeamWire struct {
	ResourceType string `json:"resourceType"`
	careTeamPlain
}

// MarshalJSON writes the CareTeam with "resourceType":"CareTeam" first.
func (r CareTeam) MarshalJSON() ([]byte, error) {
	return json.Marshal(careTeamWire{"CareTeam", careTeamPlain(r)})
}

// UnmarshalJSON reads a CareTeam. It fails with a [*TypeError] if resourceType is
// not "CareTeam".
func (r *CareTeam) UnmarshalJSON(b []byte) error {
	v, err := decodeCareTeam(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeCareTeam(b []byte) (CareTeam, error) {
	var v careTeamWire
	if err := json.Unmarshal(b, &v); err != nil {
		return CareTeam{}, err
	}
	if v.ResourceType != "CareTeam" {
		return CareTeam{}, &TypeError{Want: "CareTeam", Got: v.ResourceType}
	}
	return CareTeam(v.careTeamPlain), nil
}

type consentPlain Consent

type consentWire struct {
	ResourceType string `json:"resourceType"`
	consentPlain
}

// MarshalJSON writes the Consent with "resourceType":"Consent" first.
func (r Consent) MarshalJSON() ([]byte, error) {
	return json.Marshal(consentWire{"Consent", consentPlain(r)})
}

// UnmarshalJSON reads a Consent. It fails with a [*TypeError] if resourceType is
// not "Consent".
func (r *Consent) UnmarshalJSON(b []byte) error {
	v, err := decodeConsent(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeConsent(b []byte) (Consent, error) {
	var v consentWire
	if err := json.Unmarshal(b, &v); err != nil {
		return Consent{}, err
	}
	if v.ResourceType != "Consent" {
		return Consent{}, &TypeError{Want: "Consent", Got: v.ResourceType}
	}
	return Consent(v.consentPlain), nil
}

type provenancePlain Provenance

type provenanceWire struct {
	ResourceType string `json:"resourceType"`
	provenancePlain
}

// MarshalJSON writes the Provenance with "resourceType":"Provenance" first.
func (r Provenance) MarshalJSON() ([]byte, error) {
	return json.Marshal(provenanceWire{"Provenance", provenancePlain(r)})
}

// UnmarshalJSON reads a Provenance. It fails with a [*TypeError] if resourceType is
// not "Provenance".
func (r *Provenance) UnmarshalJSON(b []byte) error {
	v, err := decodeProvenance(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeProvenance(b []byte) (Provenance, error) {
	var v provenanceWire
	if err := json.Unmarshal(b, &v); err != nil {
		return Provenance{}, err
	}
	if v.ResourceType != "Provenance" {
		return Provenance{}, &TypeError{Want: "Provenance", Got: v.ResourceType}
	}
	return Provenance(v.provenancePlain), nil
}

type auditEventPlain AuditEvent

type auditEventWire struct {
	ResourceType string `json:"resourceType"`
	auditEventPlain
}

// MarshalJSON writes the AuditEvent with "resourceType":"AuditEvent" first.
func (r AuditEvent) MarshalJSON() ([]byte, error) {
	return json.Marshal(auditEventWire{"AuditEvent", auditEventPlain(r)})
}

// UnmarshalJSON reads a AuditEvent. It fails with a [*TypeError] if resourceType is
// not "AuditEvent".
func (r *AuditEvent) UnmarshalJSON(b []byte) error {
	v, err := decodeAuditEvent(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func decodeAuditEvent(b []byte) (AuditEvent, error) {
	var v auditEventWire
	if err := json.Unmarshal(b, &v); err != nil {
		return AuditEvent{}, err
	}
	if v.ResourceType != "AuditEvent" {
		return AuditEvent{}, &TypeError{Want: "AuditEvent", Got: v.ResourceType}
	}
	return AuditEvent(v.auditEventPlain), nil
}

// marshalResource encodes r; the resource types of this package are encoded
// through their wire structs directly.
func marshalResource(r Resource) ([]byte, error) {
	switch v := r.(type) {
	case CarePlan:
		return json.Marshal(carePlanWire{"CarePlan", carePlanPlain(v)})
	case Goal:
		return json.Marshal(goalWire{"Goal", goalPlain(v)})
	case Observation:
		return json.Marshal(observationWire{"Observation", observationPlain(v)})
	case List:
		return json.Marshal(listWire{"List", listPlain(v)})
	case RelatedPerson:
		return json.Marshal(relatedPersonWire{"RelatedPerson", relatedPersonPlain(v)})
	case CareTeam:
		return json.Marshal(careTeamWire{"CareTeam", careTeamPlain(v)})
	case Consent:
		return json.Marshal(consentWire{"Consent", consentPlain(v)})
	case Provenance:
		return json.Marshal(provenanceWire{"Provenance", provenancePlain(v)})
	case AuditEvent:
		return json.Marshal(auditEventWire{"AuditEvent", auditEventPlain(v)})
	case Bundle:
		return v.MarshalJSON()
	}
	return json.Marshal(r)
}
