package recovery

import (
	_ "embed"
	"slices"
)

//go:embed plan.schema.json
var planSchema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of a [Plan] as JSON: the
// plan at its root and each part under $defs by package and type
// ("goals.SMARTGoal", "crisis.Contact", "life.Area"), so a form can refer to
// one part as plan.schema.json#/$defs/goals.SMARTGoal. It states each field's
// JSON type, the required fields, the values of every code in the order of
// the code's list function ([Statuses], [life.Areas], ...), the limits of
// each field (lengths in characters, counts of items, ranges of numbers) and
// the format of IDs (uuid) and times (date-time).
//
// Every plan that [Plan.Validate] accepts, encoded with encoding/json, is
// valid under the schema, and so is the JSON that [DecodePlan] accepts with
// its keys spelt as the schema spells them (encoding/json also matches keys
// regardless of case, and takes the last of a repeated key): since
// encoding/json reads null and a missing key as the zero value, a field is
// required (and never null) only where its rules reject the zero value, null
// is allowed everywhere else, and a part left out (omitzero) may be written
// {}. The converse does not hold: rules that span fields (a due date after
// the start, references between parts, an ID used once across the plan, a
// name that is not blank, a created time) are Validate's alone, so a form
// validates with the schema as the person types and with [DecodePlan] on
// submit.
//
// The schema is generated from the Go types by the module's own generator and
// embedded; each call returns a new copy.
func JSONSchema() []byte { return slices.Clone(planSchema) }
