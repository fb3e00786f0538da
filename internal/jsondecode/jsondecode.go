// Package jsondecode checks JSON against a Go type before encoding/json
// decodes it, and reports every mismatch as a [validate.Problem] with the
// field's path ("goals[1].steps[0].due") and a rule code, never with the
// value found. encoding/json stops at the first mismatch, names a field
// without its indices, and its errors for a UUID or a time quote the input;
// this package does none of that.
package jsondecode

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
	"strconv"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/jsontype"
	"github.com/recoverykit/recovery/internal/validate"
)

// The rule codes of the problems Check reports.
const (
	// RuleSyntax: the input is not JSON, or there is data after the value.
	// Param is the byte offset where reading stopped.
	RuleSyntax = "syntax"
	// RuleType: a JSON value of the wrong type. Param is the JSON type the
	// field takes: string, integer, number, boolean, array or object.
	RuleType = "type"
	// RuleUUID: a string that is not a UUID.
	RuleUUID = "uuid"
	// RuleDateTime: a string that is not an RFC 3339 date and time (a date
	// without a time, for example).
	RuleDateTime = "date-time"
	// RuleRange: a number too large for the field.
	RuleRange = "range"
	// RuleUnknown: a field the type does not have, reported only when asked.
	RuleUnknown = "unknown"
	// RuleValid is validate.RuleValid: a string the field's type does not
	// read (a text type other than a UUID).
	RuleValid = "valid"
)

// Options say how strict Check is. The zero value accepts unknown fields, as
// encoding/json does.
type Options struct {
	// DisallowUnknownFields reports each object key that matches no field of
	// its struct (rule "unknown").
	DisallowUnknownFields bool
}

// Check reports every way data fails to decode into a value of type t, in
// the order of the type's fields, then unknown keys in sorted order. It
// returns nil when json.Unmarshal into a *t would succeed (and, with
// DisallowUnknownFields, meet no unknown field).
func Check(data []byte, t reflect.Type, opts Options) []validate.Problem {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []validate.Problem{syntaxProblem(err, dec.InputOffset())}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return []validate.Problem{{Rule: RuleSyntax, Param: strconv.FormatInt(dec.InputOffset(), 10)}}
	}
	var c checker
	c.opts = opts
	c.value("", t, v)
	return c.problems
}

func syntaxProblem(err error, offset int64) validate.Problem {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		offset = se.Offset
	}
	return validate.Problem{Rule: RuleSyntax, Param: strconv.FormatInt(offset, 10)}
}

type checker struct {
	opts     Options
	problems []validate.Problem
}

func (c *checker) add(path, rule, param string) {
	c.problems = append(c.problems, validate.Problem{Path: path, Rule: rule, Param: param})
}

var (
	uuidType        = reflect.TypeFor[uuid.UUID]()
	unmarshalerType = reflect.TypeFor[json.Unmarshaler]()
)

// jsonType names the JSON type a Go type is read from.
func jsonType(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case jsontype.IsTime(t), jsontype.IsText(t):
		return "string"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && t.Kind() == reflect.Slice {
			return "string"
		}
		return "array"
	}
	return "object"
}

// value checks v, decoded from JSON, against type t at path.
func (c *checker) value(path string, t reflect.Type, v any) {
	if v == nil {
		return // null leaves any field as it is
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case jsontype.IsTime(t):
		s, ok := v.(string)
		if !ok {
			c.add(path, RuleType, "string")
			return
		}
		q, _ := json.Marshal(s)
		if reflect.New(t).Interface().(json.Unmarshaler).UnmarshalJSON(q) != nil {
			c.add(path, RuleDateTime, "")
		}
		return
	case jsontype.IsText(t):
		s, ok := v.(string)
		if !ok {
			c.add(path, RuleType, "string")
			return
		}
		if reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)) != nil {
			if t == uuidType {
				c.add(path, RuleUUID, "")
			} else {
				c.add(path, RuleValid, "")
			}
		}
		return
	case reflect.PointerTo(t).Implements(unmarshalerType):
		b, _ := json.Marshal(v)
		if reflect.New(t).Interface().(json.Unmarshaler).UnmarshalJSON(b) != nil {
			c.add(path, RuleValid, "")
		}
		return
	}
	switch t.Kind() {
	case reflect.String:
		if _, ok := v.(string); !ok {
			c.add(path, RuleType, "string")
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			c.add(path, RuleType, "boolean")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.number(path, t, v, func(s string) error { _, err := strconv.ParseInt(s, 10, t.Bits()); return err })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		c.number(path, t, v, func(s string) error { _, err := strconv.ParseUint(s, 10, t.Bits()); return err })
	case reflect.Float32, reflect.Float64:
		c.number(path, t, v, func(s string) error { _, err := strconv.ParseFloat(s, t.Bits()); return err })
	case reflect.Slice, reflect.Array:
		if jsonType(t) == "string" {
			if _, ok := v.(string); !ok {
				c.add(path, RuleType, "string")
			}
			return
		}
		items, ok := v.([]any)
		if !ok {
			c.add(path, RuleType, "array")
			return
		}
		for i, it := range items {
			c.value(validate.Join(path, validate.Elem("", i)), t.Elem(), it)
		}
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok {
			c.add(path, RuleType, "object")
			return
		}
		for _, k := range sortedKeys(m) {
			c.value(keyPath(path, k), t.Elem(), m[k])
		}
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			c.add(path, RuleType, "object")
			return
		}
		c.object(path, t, m)
	case reflect.Interface:
		// Any JSON value decodes into an interface.
	default:
		c.add(path, RuleType, jsonType(t))
	}
}

// number checks that v is a JSON number that parse accepts.
func (c *checker) number(path string, t reflect.Type, v any, parse func(string) error) {
	n, ok := v.(json.Number)
	if !ok {
		c.add(path, RuleType, jsonType(t))
		return
	}
	if err := parse(n.String()); err != nil {
		if errors.Is(err, strconv.ErrRange) {
			c.add(path, RuleRange, "")
		} else {
			c.add(path, RuleType, jsonType(t))
		}
	}
}

// object checks the keys of m against the fields of struct type t, in the
// order of the fields, then the unknown keys in sorted order.
func (c *checker) object(path string, t reflect.Type, m map[string]any) {
	fields := jsontype.Fields(t)
	keys := sortedKeys(m)
	type hit struct {
		key string
		f   jsontype.Field
	}
	var hits []hit
	var unknown []string
	for _, k := range keys {
		if f, ok := jsontype.Lookup(fields, k); ok {
			hits = append(hits, hit{k, f})
		} else {
			unknown = append(unknown, k)
		}
	}
	for _, f := range fields {
		for _, h := range hits {
			if h.f.Index == f.Index {
				c.value(validate.Join(path, f.Name), f.Type, m[h.key])
			}
		}
	}
	if c.opts.DisallowUnknownFields {
		for _, k := range unknown {
			c.add(keyPath(path, k), RuleUnknown, "")
		}
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// keyPath returns the path of key k below path. A key is input, so it is named
// only when it reads as a field name (ASCII letters, digits and underscores,
// at most 64 bytes); any other key is reported at path, so that no text of the
// input reaches a problem.
func keyPath(path, k string) string {
	if len(k) == 0 || len(k) > 64 {
		return path
	}
	for i := 0; i < len(k); i++ {
		ch := k[i]
		if !(ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || i > 0 && ch >= '0' && ch <= '9') {
			return path
		}
	}
	return validate.Join(path, k)
}
