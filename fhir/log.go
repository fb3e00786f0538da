package fhir

import (
	"log/slog"
	"strconv"
)

// The resources carry the person's words (goal statements, strengths, names,
// phone numbers). Their String and LogValue methods print the resource type
// and id only, so a resource logged or printed by mistake leaks none of it.

// String returns "CarePlan/<id>", never the resource's content.
func (r CarePlan) String() string { return "CarePlan/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r CarePlan) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "CarePlan"), slog.String("id", r.ID))
}

// String returns "Goal/<id>", never the resource's content.
func (r Goal) String() string { return "Goal/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Goal) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "Goal"), slog.String("id", r.ID))
}

// String returns "Observation/<id>", never the resource's content.
func (r Observation) String() string { return "Observation/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Observation) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "Observation"), slog.String("id", r.ID))
}

// String returns "List/<id>", never the resource's content.
func (r List) String() string { return "List/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r List) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "List"), slog.String("id", r.ID))
}

// String returns "RelatedPerson/<id>", never the resource's content.
func (r RelatedPerson) String() string { return "RelatedPerson/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r RelatedPerson) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "RelatedPerson"), slog.String("id", r.ID))
}

// String returns "CareTeam/<id>", never the resource's content.
func (r CareTeam) String() string { return "CareTeam/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r CareTeam) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "CareTeam"), slog.String("id", r.ID))
}

// String returns "Consent/<id>", never the resource's content.
func (r Consent) String() string { return "Consent/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Consent) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "Consent"), slog.String("id", r.ID))
}

// String returns "Provenance/<id>", never the resource's content.
func (r Provenance) String() string { return "Provenance/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Provenance) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "Provenance"), slog.String("id", r.ID))
}

// String returns "AuditEvent/<id>", never the resource's content.
func (r AuditEvent) String() string { return "AuditEvent/" + r.ID }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r AuditEvent) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "AuditEvent"), slog.String("id", r.ID))
}

// String returns the bundle's type and entry count, as
// "Bundle collection 23 entries", never its content.
func (b Bundle) String() string {
	return "Bundle " + string(b.Type) + " " + strconv.Itoa(len(b.Entry)) + " entries"
}

// LogValue implements [slog.LogValuer]: the bundle's type and entry count.
func (b Bundle) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "Bundle"), slog.String("type", string(b.Type)),
		slog.Int("entries", len(b.Entry)))
}

// String returns "<type>/<id>", never the resource's content.
func (o OtherResource) String() string { return o.Type + "/" + resourceID(o) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (o OtherResource) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", o.Type), slog.String("id", resourceID(o)))
}
