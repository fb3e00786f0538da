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
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/jsontype"
	"github.com/recoverykit/recovery/internal/validate"
)

// The rule codes of the problems Check reports.
const (
	// RuleSyntax: the input is not JSON, or there is data after the value.
	// Param is the byte offset of the syntax error, or where the value
	// ended.
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
// the order of the input. It returns nil when json.Unmarshal into a *t would
// succeed (and, with DisallowUnknownFields, meet no unknown field). It reads
// the input token by token, as encoding/json does, so a key given twice is
// checked each time.
func Check(data []byte, t reflect.Type, opts Options) []validate.Problem {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	c := checker{dec: dec, opts: opts, data: data, end: int64(len(data))}
	c.value("", t)
	if c.broken {
		return []validate.Problem{c.syntax}
	}
	end := dec.InputOffset()
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		// Data after the value: reported at the end of the value.
		return []validate.Problem{{Rule: RuleSyntax, Param: strconv.FormatInt(end, 10)}}
	}
	return c.problems
}

type checker struct {
	dec      *json.Decoder
	data     []byte
	buf      []byte // scratch for a time or a UUID
	opts     Options
	end      int64
	problems []validate.Problem
	depth    int  // levels of nesting open
	broken   bool // the input stopped being JSON; syntax says where
	syntax   validate.Problem
}

func (c *checker) add(path, rule, param string) {
	c.problems = append(c.problems, validate.Problem{Path: path, Rule: rule, Param: param})
}

// offset returns where reading stopped for err: the syntax error's offset,
// the end of the input when it ended too soon, or the decoder's offset.
func (c *checker) offset(err error) int64 {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		// A token's syntax error counts from where the decoder's buffer
		// stood; a whole decode counts the bytes read, as json.Unmarshal
		// reports it.
		var v any
		if errors.As(json.Unmarshal(c.data, &v), &se) {
			return se.Offset
		}
		return se.Offset
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return c.end
	}
	return c.dec.InputOffset()
}

// token reads the next token; on an error it marks the input broken.
func (c *checker) token() (json.Token, bool) {
	if c.broken {
		return nil, false
	}
	tok, err := c.dec.Token()
	if err != nil {
		c.broken = true
		c.syntax = validate.Problem{Rule: RuleSyntax, Param: strconv.FormatInt(c.offset(err), 10)}
		return nil, false
	}
	return tok, true
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

// value checks the next JSON value of the input against type t at path.
func (c *checker) value(path string, t reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if !jsontype.IsTime(t) && !jsontype.IsText(t) && reflect.PointerTo(t).Implements(unmarshalerType) {
		var raw json.RawMessage
		if err := c.dec.Decode(&raw); err != nil {
			c.broken = true
			c.syntax = validate.Problem{Rule: RuleSyntax, Param: strconv.FormatInt(c.offset(err), 10)}
			return
		}
		if string(raw) != "null" && reflect.New(t).Interface().(json.Unmarshaler).UnmarshalJSON(raw) != nil {
			c.add(path, RuleValid, "")
		}
		return
	}
	tok, ok := c.token()
	if !ok || tok == nil {
		return // null leaves any field as it is
	}
	if d, ok := tok.(json.Delim); ok {
		if !c.enter() {
			return
		}
		defer func() { c.depth-- }()
		switch {
		case d == '[' && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && jsonType(t) == "array":
			for i := 0; c.dec.More() && !c.broken; i++ {
				c.value(validate.Join(path, validate.Elem("", i)), t.Elem())
			}
		case d == '{' && t.Kind() == reflect.Struct && !jsontype.IsTime(t) && !jsontype.IsText(t):
			c.object(path, t)
			return
		case d == '{' && t.Kind() == reflect.Map:
			for c.dec.More() && !c.broken {
				k, ok := c.token()
				if !ok {
					return
				}
				c.value(keyPath(path, k.(string)), t.Elem())
			}
		case t.Kind() == reflect.Interface:
			c.skip(d)
			return
		default:
			c.add(path, RuleType, jsonType(t))
			c.skip(d)
			return
		}
		c.token() // the closing delimiter
		return
	}
	switch {
	case jsontype.IsTime(t):
		s, ok := tok.(string)
		if !ok {
			c.add(path, RuleType, "string")
			return
		}
		// time.Time's own UnmarshalJSON, on the string quoted again: a
		// string that needs escaping is no RFC 3339 time anyway.
		var tm time.Time
		c.buf = append(append(append(c.buf[:0], '"'), s...), '"')
		if strings.ContainsAny(s, "\"\\") || tm.UnmarshalJSON(c.buf) != nil {
			c.add(path, RuleDateTime, "")
		}
		return
	case jsontype.IsText(t):
		s, ok := tok.(string)
		if !ok {
			c.add(path, RuleType, "string")
			return
		}
		if t == uuidType {
			var u uuid.UUID
			c.buf = append(c.buf[:0], s...)
			if u.UnmarshalText(c.buf) != nil {
				c.add(path, RuleUUID, "")
			}
			return
		}
		if reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)) != nil {
			c.add(path, RuleValid, "")
		}
		return
	}
	switch t.Kind() {
	case reflect.String:
		if _, ok := tok.(string); !ok {
			c.add(path, RuleType, "string")
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			c.add(path, RuleType, "boolean")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.number(path, t, tok, func(s string) error { _, err := strconv.ParseInt(s, 10, t.Bits()); return err })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		c.number(path, t, tok, func(s string) error {
			if _, err := strconv.ParseUint(s, 10, t.Bits()); err != nil {
				if _, ierr := strconv.ParseInt(s, 10, 64); ierr == nil {
					return strconv.ErrRange // a negative whole number
				}
				return err
			}
			return nil
		})
	case reflect.Float32, reflect.Float64:
		c.number(path, t, tok, func(s string) error { _, err := strconv.ParseFloat(s, t.Bits()); return err })
	case reflect.Slice:
		s, ok := tok.(string)
		if jsonType(t) != "string" || !ok {
			c.add(path, RuleType, jsonType(t))
			return
		}
		if _, err := base64.StdEncoding.DecodeString(s); err != nil {
			c.add(path, RuleValid, "")
		}
	case reflect.Interface:
		// Any JSON value decodes into an interface.
	default:
		c.add(path, RuleType, jsonType(t))
	}
}

// maxDepth is encoding/json's limit on nesting.
const maxDepth = 10000

// enter counts one more level of nesting, and marks the input broken past
// maxDepth, as encoding/json rejects it.
func (c *checker) enter() bool {
	c.depth++
	if c.depth > maxDepth {
		c.broken = true
		c.syntax = validate.Problem{Rule: RuleSyntax, Param: strconv.FormatInt(c.dec.InputOffset(), 10)}
		return false
	}
	return true
}

// skip reads to the end of the array or object whose opening delimiter was
// just read.
func (c *checker) skip(json.Delim) {
	base := c.depth
	for c.depth >= base {
		tok, ok := c.token()
		if !ok {
			return
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				if !c.enter() {
					return
				}
			} else {
				c.depth--
			}
		}
	}
	c.depth = base
}

// number checks that tok is a JSON number that parse accepts.
func (c *checker) number(path string, t reflect.Type, tok json.Token, parse func(string) error) {
	n, ok := tok.(json.Number)
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

// object checks the members of an object, its '{' read, against the fields
// of struct type t, and reads its '}'.
func (c *checker) object(path string, t reflect.Type) {
	fields := jsontype.Fields(t)
	for c.dec.More() && !c.broken {
		tok, ok := c.token()
		if !ok {
			return
		}
		k := tok.(string)
		if f, ok := jsontype.Lookup(fields, k); ok {
			c.value(validate.Join(path, f.Name), f.Type)
			continue
		}
		if c.opts.DisallowUnknownFields {
			c.add(keyPath(path, k), RuleUnknown, "")
		}
		c.value("", reflect.TypeFor[any]())
	}
	c.token()
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
