package validate

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"
)

// ErrInvalid is the sentinel that every [*Error] wraps.
var ErrInvalid = errors.New("recovery: invalid input")

// Problem is one broken rule: where, and which rule.
//
// The zero value names no field or rule. A Problem is a plain value, safe for
// concurrent use.
type Problem struct {
	// Path is the JSON path of the field, with lowerCamelCase names and [i] for
	// slice elements, for example "goals[1].steps[0].due". It is empty for a rule
	// about the whole value.
	Path string `json:"path"`
	// Rule is the stable code of the rule broken: a validator/v10 tag name such
	// as "required" or "max", or one of this module's codes such as "unique" or
	// "exists".
	Rule string `json:"rule"`
	// Param is the rule's parameter, if it has one (the 10 in max=10). It comes
	// from the rule, never from the value checked.
	Param string `json:"param,omitempty"`
}

// String returns the problem as "path: rule" or "path: rule=param".
func (p Problem) String() string {
	var b strings.Builder
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Rule)
	if p.Param != "" {
		b.WriteByte('=')
		b.WriteString(p.Param)
	}
	return b.String()
}

// Pointer returns the problem's path as an RFC 6901 JSON Pointer, the form
// audit's Diff and JSON Schema validators speak: "goals[1].steps[0].due" is
// "/goals/1/steps/0/due", and the empty path (the whole value) is "". A "~"
// in a name is written "~0" and a "/" is written "~1".
func (p Problem) Pointer() string {
	return Pointer(p.Path)
}

// Pointer returns the RFC 6901 JSON Pointer of a path in the form of
// [Problem.Path].
func Pointer(path string) string {
	var b strings.Builder
	b.Grow(len(path) + 2)
	inToken := false
	for i := 0; i < len(path); i++ {
		ch := path[i]
		if ch == '.' || ch == '[' || ch == ']' {
			inToken = false
			continue
		}
		if !inToken {
			b.WriteByte('/')
			inToken = true
		}
		switch ch {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// Error lists every problem found in a value. It wraps [ErrInvalid]. An Error
// is not modified after it is returned, so it is safe to share between
// goroutines.
//
// The zero value lists no problems; a Collector never returns one.
type Error struct {
	// Problems holds at least one problem, in the order they were found.
	Problems []Problem `json:"problems"`
}

// Error returns "recovery: invalid input: " followed by each problem, separated
// by "; ".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(ErrInvalid.Error())
	for i, p := range e.Problems {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns [ErrInvalid].
func (e *Error) Unwrap() error { return ErrInvalid }

// Has reports whether e lists a problem with this path and rule.
func (e *Error) Has(path, rule string) bool {
	for _, p := range e.Problems {
		if p.Path == path && p.Rule == rule {
			return true
		}
	}
	return false
}

// Collector gathers problems. The zero value is ready to use. A Collector is
// not safe for concurrent use.
type Collector struct {
	problems []Problem
}

// Add records that the field at path breaks rule.
func (c *Collector) Add(path, rule string) {
	c.problems = append(c.problems, Problem{Path: path, Rule: rule})
}

// AddParam records that the field at path breaks rule with parameter param.
// The parameter must come from the rule, never from the value checked.
func (c *Collector) AddParam(path, rule, param string) {
	c.problems = append(c.problems, Problem{Path: path, Rule: rule, Param: param})
}

// Struct checks the validate:"..." tags of s, which must be a struct or a
// pointer to one, and records each failure with its path below prefix.
func (c *Collector) Struct(prefix string, s any) {
	err := instance.Struct(s)
	if err == nil {
		return
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		// InvalidValidationError: s is not a struct. That is a programming error
		// in this module, reported as a problem rather than a panic.
		c.Add(prefix, "struct")
		return
	}
	for _, fe := range fes {
		rule := fe.Tag()
		if rule == tagYear {
			rule = RuleRange
		}
		c.AddParam(Join(prefix, fieldPath(fe.Namespace())), rule, fe.Param())
	}
}

// Tags records the problems of the validate:"..." tags of *v below prefix,
// as [Collector.Struct] does, unless held is true. A package passes as held
// its generated check of the same tags (a method tagsHold, written out from
// the type by a test), which reports true only when every tag holds. So
// validator/v10 runs, on a copy of *v, only for a value that breaks a tag or
// that the generated check leaves to it, and the problems recorded are
// always validator/v10's; a valid value is checked without reflecting over
// it, and v does not escape.
func Tags[T any](c *Collector, prefix string, v *T, held bool) {
	if held {
		return
	}
	cp := *v
	c.Struct(prefix, &cp)
}

// Nested records the problems of err, the result of a nested value's Validate,
// below prefix. A nil err records nothing; an error that is not an [*Error] is
// recorded as rule "invalid" at prefix.
func (c *Collector) Nested(prefix string, err error) {
	if err == nil {
		return
	}
	var ve *Error
	if !errors.As(err, &ve) {
		c.Add(prefix, "invalid")
		return
	}
	for _, p := range ve.Problems {
		p.Path = Join(prefix, p.Path)
		c.problems = append(c.problems, p)
	}
}

// Len returns the number of problems recorded so far.
func (c *Collector) Len() int { return len(c.problems) }

// Err returns nil if no problem was recorded, or an [*Error] holding a copy of
// every problem.
func (c *Collector) Err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return &Error{Problems: append([]Problem(nil), c.problems...)}
}

// Join joins a path prefix and a path with a dot; either may be empty.
func Join(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

// Elem returns the path of element i of the slice field name: Elem("steps", 2)
// is "steps[2]".
func Elem(name string, i int) string {
	return name + "[" + strconv.Itoa(i) + "]"
}

// fieldPath drops the top-level type name from a validator namespace such as
// "SMARTGoal.steps[2].due".
func fieldPath(ns string) string {
	if i := strings.IndexByte(ns, '.'); i >= 0 {
		return ns[i+1:]
	}
	return ""
}

// instance is the module's one validator, built at init and never reassigned.
// validator's Validate is safe for concurrent use and caches struct metadata
// internally, so one instance serves every package.
var instance = newValidator()

func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			return ""
		case "":
			return f.Name
		}
		return name
	})
	for tag, fn := range rules {
		if err := v.RegisterValidation(tag, fn); err != nil {
			panic(err) // unreachable: the tag names and functions are constant
		}
	}
	return v
}
