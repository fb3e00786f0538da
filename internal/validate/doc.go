// Package validate holds the module's one validator instance and the error type
// that every Validate method in the module returns.
//
// An [*Error] lists every [Problem] found, each with the JSON path of the field
// (for example "steps[2].due") and the rule it breaks, and wraps [ErrInvalid].
// Messages name fields, rules and rule parameters only: never a value, so the
// words a person wrote, a name or a phone number cannot leak into a log through
// an error. The root package re-exports the type as recovery.ValidationError and
// the sentinel as recovery.ErrInvalid.
//
// A [Collector] gathers problems from struct tags and from hand-written checks:
//
//	var c validate.Collector
//	c.Struct("", g)                       // the validate:"..." tags of g
//	if g.Due.Before(g.Start) {
//		c.Add("due", "after-start")       // a cross-field rule
//	}
//	for i, s := range g.Steps {
//		c.Nested(validate.Elem("steps", i), s.Validate())
//	}
//	return c.Err()
//
// A package whose types are validated on a hot path writes their tags out
// as Go (a generated method tagsHold per type) and calls [Tags] instead of
// [Collector.Struct]: validator/v10 then runs only for a value that breaks a
// tag, and still reports every problem.
//
// Besides validator/v10's built-in tags, three rules are registered as
// tags, so that each package states them on its fields rather than calling
// another package's helper:
//
//	valid   the field's IsValid() bool method, so every enum is checked by its own definition
//	phone   [IsPhone]: the shape of a phone number, on any string type   (rule "phone")
//	year    [InYears]: a time.Time in the years 1 to 9999, or zero         (rule "range")
//
// The rule codes that several packages report are declared constants
// ([RuleRequired], [RuleUnique], [RuleExists], ...). [Unique] is the one
// check for repeats in a list: one pass through a map, each repeat reported
// at its index.
package validate
