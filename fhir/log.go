package fhir

import (
	"log/slog"
	"regexp"
	"strconv"

	"github.com/recoverykit/recovery/internal/redact"
)

// The resources carry the person's words (goal statements, strengths, names,
// phone numbers). Their String and LogValue methods print the resource type
// and id only, so a resource logged or printed by mistake leaks none of it.
// A type or id read from a bundle is printed only when it has the shape R4
// gives it (see [shown]), so text put where an id belongs is not echoed
// either; the same holds for [TypeError].

// typeNameRE is the shape of an R4 resource type name.
var typeNameRE = regexp.MustCompile(`^[A-Z][A-Za-z]{0,63}$`)

// shown returns s when it is empty or matches re, which no person's words
// with a space or punctuation can, and "[invalid]" otherwise.
func shown(re *regexp.Regexp, s string) string {
	if s == "" || re.MatchString(s) {
		return s
	}
	return redact.Invalid
}

// label returns "<type>/<id>", each part [shown] only if well formed.
func label(typ, id string) string {
	return shown(typeNameRE, typ) + "/" + shown(idRE, id)
}

// logValue is the LogValue of every resource: its type and id, [shown] only
// if well formed.
func logValue(typ, id string) slog.Value {
	return slog.GroupValue(slog.String("resourceType", shown(typeNameRE, typ)), slog.String("id", shown(idRE, id)))
}

// String returns "CarePlan/<id>", never the resource's content.
func (r CarePlan) String() string { return label("CarePlan", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r CarePlan) LogValue() slog.Value { return logValue("CarePlan", r.ID) }

// String returns "Goal/<id>", never the resource's content.
func (r Goal) String() string { return label("Goal", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Goal) LogValue() slog.Value { return logValue("Goal", r.ID) }

// String returns "Observation/<id>", never the resource's content.
func (r Observation) String() string { return label("Observation", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Observation) LogValue() slog.Value { return logValue("Observation", r.ID) }

// String returns "List/<id>", never the resource's content.
func (r List) String() string { return label("List", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r List) LogValue() slog.Value { return logValue("List", r.ID) }

// String returns "RelatedPerson/<id>", never the resource's content.
func (r RelatedPerson) String() string { return label("RelatedPerson", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r RelatedPerson) LogValue() slog.Value { return logValue("RelatedPerson", r.ID) }

// String returns "CareTeam/<id>", never the resource's content.
func (r CareTeam) String() string { return label("CareTeam", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r CareTeam) LogValue() slog.Value { return logValue("CareTeam", r.ID) }

// String returns "Consent/<id>", never the resource's content.
func (r Consent) String() string { return label("Consent", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Consent) LogValue() slog.Value { return logValue("Consent", r.ID) }

// String returns "Provenance/<id>", never the resource's content.
func (r Provenance) String() string { return label("Provenance", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Provenance) LogValue() slog.Value { return logValue("Provenance", r.ID) }

// String returns "AuditEvent/<id>", never the resource's content.
func (r AuditEvent) String() string { return label("AuditEvent", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r AuditEvent) LogValue() slog.Value { return logValue("AuditEvent", r.ID) }

// String returns "Task/<id>", never the resource's content.
func (r Task) String() string { return label("Task", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Task) LogValue() slog.Value { return logValue("Task", r.ID) }

// String returns "QuestionnaireResponse/<id>", never the resource's content.
func (r QuestionnaireResponse) String() string { return label("QuestionnaireResponse", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r QuestionnaireResponse) LogValue() slog.Value { return logValue("QuestionnaireResponse", r.ID) }

// String returns "Questionnaire/<id>", never the resource's content.
func (r Questionnaire) String() string { return label("Questionnaire", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r Questionnaire) LogValue() slog.Value { return logValue("Questionnaire", r.ID) }

// String returns "CodeSystem/<id>", never the resource's content.
func (r CodeSystem) String() string { return label("CodeSystem", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r CodeSystem) LogValue() slog.Value { return logValue("CodeSystem", r.ID) }

// String returns "ValueSet/<id>", never the resource's content.
func (r ValueSet) String() string { return label("ValueSet", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r ValueSet) LogValue() slog.Value { return logValue("ValueSet", r.ID) }

// String returns "StructureDefinition/<id>", never the resource's content.
func (r StructureDefinition) String() string { return label("StructureDefinition", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r StructureDefinition) LogValue() slog.Value { return logValue("StructureDefinition", r.ID) }

// String returns "NamingSystem/<id>", never the resource's content.
func (r NamingSystem) String() string { return label("NamingSystem", r.ID) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (r NamingSystem) LogValue() slog.Value { return logValue("NamingSystem", r.ID) }

// String returns "<type>/<id>", never the resource's content.
func (o OtherResource) String() string { return label(o.Type, resourceID(o)) }

// LogValue implements [slog.LogValuer]: the resource type and id only.
func (o OtherResource) LogValue() slog.Value { return logValue(o.Type, resourceID(o)) }

// String returns the bundle's type and entry count, as
// "Bundle collection 23 entries", never its content.
func (b Bundle) String() string {
	return "Bundle " + b.typeCode() + " " + strconv.Itoa(len(b.Entry)) + " entries"
}

// LogValue implements [slog.LogValuer]: the bundle's type and entry count.
func (b Bundle) LogValue() slog.Value {
	return slog.GroupValue(slog.String("resourceType", "Bundle"), slog.String("type", b.typeCode()),
		slog.Int("entries", len(b.Entry)))
}

// typeCode returns b.Type, or "[invalid]" for a type that is not an R4 code.
func (b Bundle) typeCode() string {
	if b.Type == "" || b.Type.IsValid() {
		return string(b.Type)
	}
	return redact.Invalid
}
