package fhir

import (
	"encoding/json"
	"slices"
	"strings"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/strengths"
)

// PackageName is the name of the FHIR package of this package's conformance
// resources ([Conformance]); its version is [FormVersion].
const PackageName = "recoverykit.recovery.fhir"

// packageDate is the date of the conformance resources: fixed, so that the
// package is a function of the code alone.
const packageDate = "2026-12-01"

// SystemGoalTerm holds the goals.Term codes, of extension goal-term.
const SystemGoalTerm = Base + "CodeSystem/goal-term"

// planSystems are this module's code systems of the plan's own enums,
// besides those of the forms' answers (answerSystems).
var planSystems = []codeSystem{
	{SystemLifeArea, "LifeArea", "Areas of life", nil, codesOf(life.Areas())},
	{SystemStrengthKind, "StrengthKind", "Kinds of strength", nil, codesOf(strengths.Kinds())},
	{SystemStrengthTimeframe, "StrengthTimeframe", "When a strength shows", nil, codesOf(strengths.Timeframes())},
	{SystemStrengthSource, "StrengthSource", "Who named a strength", nil, codesOf(strengths.Sources())},
	{SystemStatementKind, "StatementKind", "Kinds of statement of a strengths assessment", nil, codesOf(strengths.AspectKinds())},
	{SystemSupporterRole, "SupporterRole", "Roles of a supporter", nil, codesOf(recovery.SupporterRoles())},
	{SystemListKind, "ListKind", "The Lists of a plan", nil, codesOf([]string{"goal-ranking", "goal-timeline", "strengths", "supporters"})},
	{SystemGoalTerm, "GoalTerm", "How far ahead a goal looks", nil, codesOf([]goals.Term{goals.TermShort, goals.TermLong})},
	{SystemAuditRole, "AuditRole", "Roles of an audit actor", nil, codesOf(audit.Roles())},
}

// extDef is one of this module's extensions.
type extDef struct {
	url, name, title string
	context          []string // element paths the extension may stand on
	value            string   // the value[x] type
	max              string   // "1" or "*"
	valueSet         string   // a required binding of a code value
	target           string   // the resource type of a Reference value
}

var extDefs = []extDef{
	{ExtGoalTerm, "GoalTerm", "Goal term: short-term or long-term", []string{"Goal"}, "code", "1", valueSetOf(SystemGoalTerm), ""},
	{ExtGoalConfidence, "GoalConfidence", "The person's confidence in a goal, 0 to 10", []string{"Goal"}, "integer", "1", "", ""},
	{ExtGoalBuildsOn, "GoalBuildsOn", "A strength a goal builds on", []string{"Goal"}, "Reference", "*", "", "Observation"},
	{ExtGASImportance, "GASImportance", "Goal Attainment Scaling importance rating, 0 to 3", []string{"Goal"}, "integer", "1", "", ""},
	{ExtGASDifficulty, "GASDifficulty", "Goal Attainment Scaling difficulty rating, 0 to 3", []string{"Goal"}, "integer", "1", "", ""},
	{ExtRank, "Rank", "The person's own number for a list entry", []string{"List.entry"}, "integer", "1", "", ""},
	{ExtReviewed, "PlanReviewed", "When the plan was last reviewed", []string{"CarePlan"}, "dateTime", "1", "", ""},
	{ExtCoCreatorRole, "CoCreatorRole", "The role of a co-creator of the plan", []string{"CarePlan.contributor"}, "code", "1", valueSetOf(SystemDecisionRole), ""},
	{ExtInstant, "Instant", "The instant a date was cut from", []string{"Goal.startDate", "Goal.target.dueDate"}, "instant", "1", "", ""},
}

// CodeSystem is an R4 CodeSystem, as this package publishes its own.
//
// The zero value is not a valid CodeSystem (status and content are
// required). A CodeSystem is a plain value, safe for concurrent reads;
// copies share its slices.
type CodeSystem struct {
	ID            string              `json:"id,omitempty"`
	URL           string              `json:"url,omitempty"`
	Version       string              `json:"version,omitempty"`
	Name          string              `json:"name,omitempty"`
	Title         string              `json:"title,omitempty"`
	Status        PublicationStatus   `json:"status,omitempty" validate:"required,valid"`
	Date          DateTime            `json:"date,omitempty" validate:"omitempty,valid"`
	Description   string              `json:"description,omitempty"`
	CaseSensitive *bool               `json:"caseSensitive,omitempty"`
	ValueSet      string              `json:"valueSet,omitempty"`
	Content       string              `json:"content,omitempty" validate:"required,oneof=not-present example fragment complete supplement"`
	Count         int                 `json:"count,omitempty"`
	Concept       []CodeSystemConcept `json:"concept,omitempty" validate:"dive"`
}

// CodeSystemConcept is CodeSystem.concept: one code.
//
// The zero value has no elements set. A CodeSystemConcept is a plain value,
// safe for concurrent use.
type CodeSystemConcept struct {
	Code    string `json:"code" validate:"required"`
	Display string `json:"display,omitempty"`
}

// ResourceType returns "CodeSystem".
func (CodeSystem) ResourceType() string { return "CodeSystem" }

// Validate checks s: the struct rules and the id and empty rules of
// [Goal.Validate], and that no code is repeated (rule "unique").
func (s CodeSystem) Validate() error {
	var c validate.Collector
	check(&c, s.ID, s, nil)
	seen := map[string]bool{}
	for i, x := range s.Concept {
		if seen[x.Code] {
			c.Add(validate.Elem("concept", i)+".code", "unique")
		}
		seen[x.Code] = true
	}
	return c.Err()
}

// ValueSet is an R4 ValueSet, as this package publishes its own: all codes
// of one code system.
//
// The zero value is not a valid ValueSet (status is required). A ValueSet is
// a plain value, safe for concurrent reads; copies share its slices.
type ValueSet struct {
	ID          string            `json:"id,omitempty"`
	URL         string            `json:"url,omitempty"`
	Version     string            `json:"version,omitempty"`
	Name        string            `json:"name,omitempty"`
	Title       string            `json:"title,omitempty"`
	Status      PublicationStatus `json:"status,omitempty" validate:"required,valid"`
	Date        DateTime          `json:"date,omitempty" validate:"omitempty,valid"`
	Description string            `json:"description,omitempty"`
	Compose     ValueSetCompose   `json:"compose,omitzero"`
}

// ValueSetCompose is ValueSet.compose: the code systems included.
//
// The zero value has no elements set. A ValueSetCompose is a plain value,
// safe for concurrent reads; copies share its slices.
type ValueSetCompose struct {
	Include []ValueSetInclude `json:"include" validate:"min=1,dive"`
}

// ValueSetInclude is ValueSet.compose.include: a whole code system.
//
// The zero value has no elements set. A ValueSetInclude is a plain value,
// safe for concurrent use.
type ValueSetInclude struct {
	System string `json:"system" validate:"required"`
}

// ResourceType returns "ValueSet".
func (ValueSet) ResourceType() string { return "ValueSet" }

// Validate checks v: the struct rules and the id and empty rules of
// [Goal.Validate].
func (v ValueSet) Validate() error {
	var c validate.Collector
	check(&c, v.ID, v, nil)
	return c.Err()
}

// StructureDefinition is an R4 StructureDefinition, as this package
// publishes the definitions of its extensions.
//
// The zero value is not a valid StructureDefinition. A StructureDefinition is
// a plain value, safe for concurrent reads; copies share its slices.
type StructureDefinition struct {
	ID             string                `json:"id,omitempty"`
	URL            string                `json:"url" validate:"required"`
	Version        string                `json:"version,omitempty"`
	Name           string                `json:"name" validate:"required"`
	Title          string                `json:"title,omitempty"`
	Status         PublicationStatus     `json:"status" validate:"required,valid"`
	Date           DateTime              `json:"date,omitempty" validate:"omitempty,valid"`
	Description    string                `json:"description,omitempty"`
	FHIRVersion    string                `json:"fhirVersion,omitempty"`
	Kind           string                `json:"kind" validate:"required,oneof=primitive-type complex-type resource logical"`
	Abstract       bool                  `json:"abstract"`
	Context        []StructureContext    `json:"context,omitempty" validate:"dive"`
	Type           string                `json:"type" validate:"required"`
	BaseDefinition string                `json:"baseDefinition,omitempty"`
	Derivation     string                `json:"derivation,omitempty"`
	Differential   StructureDifferential `json:"differential,omitzero"`
}

// StructureContext is StructureDefinition.context: where an extension may
// be used.
//
// The zero value has no elements set. A StructureContext is a plain value,
// safe for concurrent use.
type StructureContext struct {
	Type       string `json:"type" validate:"required"`
	Expression string `json:"expression" validate:"required"`
}

// StructureDifferential is StructureDefinition.differential: the elements
// the definition constrains.
//
// The zero value has no elements set. A StructureDifferential is a plain
// value, safe for concurrent reads; copies share its slices.
type StructureDifferential struct {
	Element []ElementDefinition `json:"element" validate:"min=1,dive"`
}

// ElementDefinition is one element of a StructureDefinition; only the parts
// an extension's definition uses are present.
//
// The zero value has no elements set. An ElementDefinition is a plain value,
// safe for concurrent reads; copies share its slices.
type ElementDefinition struct {
	ID         string          `json:"id,omitempty"`
	Path       string          `json:"path" validate:"required"`
	Short      string          `json:"short,omitempty"`
	Definition string          `json:"definition,omitempty"`
	Min        *int            `json:"min,omitempty"`
	Max        string          `json:"max,omitempty"`
	Type       []ElementType   `json:"type,omitempty" validate:"dive"`
	FixedURI   string          `json:"fixedUri,omitempty"`
	Binding    *ElementBinding `json:"binding,omitempty"`
}

// ElementType is ElementDefinition.type: a type the element may have.
//
// The zero value has no elements set. An ElementType is a plain value, safe
// for concurrent reads; copies share its slices.
type ElementType struct {
	Code          string   `json:"code" validate:"required"`
	TargetProfile []string `json:"targetProfile,omitempty"`
}

// ElementBinding is ElementDefinition.binding: the value set of a coded
// element.
//
// The zero value has no elements set. An ElementBinding is a plain value,
// safe for concurrent use.
type ElementBinding struct {
	Strength string `json:"strength" validate:"required,oneof=required extensible preferred example"`
	ValueSet string `json:"valueSet,omitempty"`
}

// ResourceType returns "StructureDefinition".
func (StructureDefinition) ResourceType() string { return "StructureDefinition" }

// Validate checks d: the struct rules and the id and empty rules of
// [Goal.Validate].
func (d StructureDefinition) Validate() error {
	var c validate.Collector
	check(&c, d.ID, d, nil)
	return c.Err()
}

// NamingSystem is an R4 NamingSystem, as this package publishes its
// identifier systems (the person's pseudonymous ID, audit actors).
//
// The zero value is not a valid NamingSystem. A NamingSystem is a plain
// value, safe for concurrent reads; copies share its slices.
type NamingSystem struct {
	ID          string                 `json:"id,omitempty"`
	Name        string                 `json:"name" validate:"required"`
	Status      PublicationStatus      `json:"status" validate:"required,valid"`
	Kind        string                 `json:"kind" validate:"required,oneof=codesystem identifier root"`
	Date        DateTime               `json:"date" validate:"required,valid"`
	Description string                 `json:"description,omitempty"`
	UniqueID    []NamingSystemUniqueID `json:"uniqueId" validate:"min=1,dive"`
}

// NamingSystemUniqueID is NamingSystem.uniqueId: one name of the system.
//
// The zero value has no elements set. A NamingSystemUniqueID is a plain
// value, safe for concurrent use.
type NamingSystemUniqueID struct {
	Type      string `json:"type" validate:"required,oneof=oid uuid uri other"`
	Value     string `json:"value" validate:"required"`
	Preferred *bool  `json:"preferred,omitempty"`
}

// ResourceType returns "NamingSystem".
func (NamingSystem) ResourceType() string { return "NamingSystem" }

// Validate checks n: the struct rules and the id and empty rules of
// [Goal.Validate].
func (n NamingSystem) Validate() error {
	var c validate.Collector
	check(&c, n.ID, n, nil)
	return c.Err()
}

func lastPart(url string) string { return url[strings.LastIndexByte(url, '/')+1:] }

// planItemCodes returns every linkId of the forms, sorted, once each.
func planItemCodes() []string {
	var codes []string
	var walk func(fs []formField)
	walk = func(fs []formField) {
		for _, f := range fs {
			codes = append(codes, f.linkID)
			walk(f.fields)
		}
	}
	for _, f := range forms {
		walk(formItems()[f.url])
	}
	slices.Sort(codes)
	return slices.Compact(codes)
}

// Conformance returns the conformance resources of this package, version
// [FormVersion]: a StructureDefinition for each extension of this module,
// a CodeSystem and a ValueSet (all its codes) for each code system of this
// module, the NamingSystems of the identifier systems, and the
// Questionnaires ([Questionnaires]). Every canonical URL under [Base] that
// [Export] writes is the url of one of them (a NamingSystem's uniqueId).
// Their displays are the codes themselves: the package ships no wording.
// The resources are in a fixed order; [PackageFiles] lays them out as a
// FHIR package.
func Conformance() []Resource {
	var out []Resource
	for _, e := range extDefs {
		out = append(out, e.definition())
	}
	t := true
	systems := append(slices.Clip(planSystems), answerSystems...)
	systems = append(systems, codeSystem{SystemPlanItem, "PlanItem", "Items of the plan's forms", nil, planItemCodes})
	for _, s := range systems {
		cs := CodeSystem{
			ID: lastPart(s.url), URL: s.url, Version: FormVersion, Name: s.name, Title: s.title,
			Status: PublicationActive, Date: packageDate, CaseSensitive: &t, ValueSet: valueSetOf(s.url), Content: "complete",
		}
		for _, c := range s.codes() {
			cs.Concept = append(cs.Concept, CodeSystemConcept{Code: c, Display: c})
		}
		cs.Count = len(cs.Concept)
		out = append(out, cs)
	}
	out = append(out, CodeSystem{
		ID: lastPart(SystemAuditReason), URL: SystemAuditReason, Version: FormVersion, Name: "AuditReason",
		Title: "Reasons of audit events", Status: PublicationActive, Date: packageDate, CaseSensitive: &t,
		Description: "The host's own reason codes (audit.Event.Reason); this package defines none.",
		Content:     "not-present",
	})
	for _, s := range systems {
		out = append(out, ValueSet{
			ID: lastPart(s.url), URL: valueSetOf(s.url), Version: FormVersion, Name: s.name, Title: s.title,
			Status: PublicationActive, Date: packageDate, Compose: ValueSetCompose{Include: []ValueSetInclude{{System: s.url}}},
		})
	}
	for _, n := range []struct{ url, name, desc string }{
		{DefaultPersonSystem, "PersonID", "The person's pseudonymous ID (Plan.PersonID)."},
		{SystemAuditActor, "AuditActor", "The IDs of the actors of audit events."},
	} {
		out = append(out, NamingSystem{ID: lastPart(n.url), Name: n.name, Status: PublicationActive, Kind: "identifier",
			Date: packageDate, Description: n.desc, UniqueID: []NamingSystemUniqueID{{Type: "uri", Value: n.url, Preferred: &t}}})
	}
	for _, q := range Questionnaires() {
		out = append(out, q)
	}
	return out
}

func (e extDef) definition() StructureDefinition {
	zero, one := 0, 1
	value := ElementDefinition{ID: "Extension.value[x]", Path: "Extension.value[x]", Min: &one,
		Type: []ElementType{{Code: e.value}}}
	if e.target != "" {
		value.Type[0].TargetProfile = []string{"http://hl7.org/fhir/StructureDefinition/" + e.target}
	}
	if e.valueSet != "" {
		value.Binding = &ElementBinding{Strength: "required", ValueSet: e.valueSet}
	}
	d := StructureDefinition{
		ID: lastPart(e.url), URL: e.url, Version: FormVersion, Name: e.name, Title: e.title,
		// No fhirVersion: the R4 JSON schema's list of versions stops at
		// 4.0.0, so "4.0.1" would fail it; package.json names 4.0.1.
		Status: PublicationActive, Date: packageDate, Description: e.title + ".",
		Kind: "complex-type", Type: "Extension",
		BaseDefinition: "http://hl7.org/fhir/StructureDefinition/Extension", Derivation: "constraint",
		Differential: StructureDifferential{Element: []ElementDefinition{
			{ID: "Extension", Path: "Extension", Short: e.title, Definition: e.title + ".", Min: &zero, Max: e.max},
			{ID: "Extension.extension", Path: "Extension.extension", Max: "0"},
			{ID: "Extension.url", Path: "Extension.url", FixedURI: e.url},
			value,
		}},
	}
	for _, c := range e.context {
		d.Context = append(d.Context, StructureContext{Type: "element", Expression: c})
	}
	return d
}

// PackageFiles returns the files of the FHIR package of [Conformance]: a
// "package/package.json" manifest and one "package/<Type>-<id>.json" per
// resource, each indented JSON ending in a newline, by file name.
func PackageFiles() (map[string][]byte, error) {
	files := map[string][]byte{}
	manifest := map[string]any{
		"name":         PackageName,
		"version":      FormVersion,
		"canonical":    strings.TrimSuffix(Base, "/"),
		"title":        "Recovery plan forms, codes and extensions",
		"description":  "The conformance resources of github.com/recoverykit/recovery/fhir: the extensions, code systems, value sets, naming systems and questionnaires its bundles use.",
		"fhirVersions": []string{"4.0.1"},
		"type":         "Conformance",
		"license":      "Apache-2.0",
		"dependencies": map[string]string{"hl7.fhir.r4.core": "4.0.1"},
	}
	b, err := json.MarshalIndent(manifest, "", "  ")
	if err != nil {
		return nil, err
	}
	files["package/package.json"] = append(b, '\n')
	for _, r := range Conformance() {
		raw, err := appendResource(nil, r)
		if err != nil {
			return nil, err
		}
		var v json.RawMessage = raw
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return nil, err
		}
		files["package/"+r.ResourceType()+"-"+resourceID(r)+".json"] = append(b, '\n')
	}
	return files, nil
}
