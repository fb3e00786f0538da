// Package planschema generates the JSON Schema (draft 2020-12) of
// recovery.Plan from the Go types: the JSON names and optional fields that
// encoding/json sees, the limits of each field's validate tag, and the values
// of each enum from its list function. The root package embeds the result as
// plan.schema.json; its test regenerates the schema and fails if the embedded
// file is not current.
package planschema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/jsontype"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// Draft is the JSON Schema dialect the schema declares.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// PhonePattern is the schema's pattern for a phone number: a looser form of
// the "phone" rule (digits, spaces, dashes, dots, parentheses and a leading
// +, or nothing), which the schema cannot state exactly.
const PhonePattern = `^(\+?[0-9() .-]+)?$`

// YearPattern is the schema's pattern for a time in the years 1 to 9999, the
// "year" rule.
const YearPattern = `^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-`

// Enum is one enum of the plan: its Go type and its values in the order of
// its list function.
type Enum struct {
	Type   reflect.Type
	Values []any
}

// EnumOf returns the Enum of T with the values of its list function.
func EnumOf[T any](list func() []T) Enum {
	vs := list()
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return Enum{Type: reflect.TypeFor[T](), Values: out}
}

// Enums returns every enum a plan holds, each with the values of its list
// function.
func Enums() []Enum {
	return []Enum{
		EnumOf(recovery.Statuses),
		EnumOf(recovery.SupporterRoles),
		EnumOf(life.Areas),
		EnumOf(strengths.Kinds),
		EnumOf(strengths.Timeframes),
		EnumOf(strengths.Sources),
		EnumOf(strengths.AspectKinds),
		EnumOf(goals.Terms),
		EnumOf(goals.Statuses),
		EnumOf(goals.Levels),
		EnumOf(crisis.Channels),
		EnumOf(crisis.Risks),
		EnumOf(crisis.Sections),
		EnumOf(sdm.Roles),
		EnumOf(sdm.Stages),
		EnumOf(sdm.Instruments),
		EnumOf(sdm.CollaboRATEVersions),
	}
}

// DefName returns the name under $defs of a named type: its package's last
// element and its name, as "goals.SMARTGoal".
func DefName(t reflect.Type) string {
	pkg := t.PkgPath()
	if i := strings.LastIndexByte(pkg, '/'); i >= 0 {
		pkg = pkg[i+1:]
	}
	if pkg == "recovery" || pkg == "" {
		pkg = "recovery"
	}
	return pkg + "." + t.Name()
}

// Generate returns the schema of recovery.Plan, indented, with every part
// and enum under $defs: [Schema] of the plan with [Enums]. It fails on a
// validate rule it cannot translate or on an enum type without a list
// function in [Enums], so a new rule or enum is noticed.
func Generate() ([]byte, error) {
	return Schema(reflect.TypeFor[recovery.Plan](), Enums(), recovery.Label,
		"A person-centered recovery plan (github.com/recoverykit/recovery, recovery.Plan). "+
			"The schema states each field's JSON type, required fields, the values of each code and the limits of each field; "+
			"rules across fields (a due date after the start, references between parts, IDs used once) are Plan.Validate's.")
}

// Schema returns the schema of the struct type t, with its parts and the
// enums under $defs, indented. It fails on a validate rule it cannot
// translate and on a type with an IsValid method that is not among enums.
func Schema(t reflect.Type, enums []Enum, title, description string) ([]byte, error) {
	g := &generator{enums: map[reflect.Type]Enum{}, defs: map[string]*object{}}
	for _, e := range enums {
		g.enums[e.Type] = e
	}
	root, err := g.typeSchema(t)
	if err != nil {
		return nil, err
	}
	doc := &object{}
	doc.set("$schema", Draft)
	doc.set("title", title)
	doc.set("description", description)
	doc.set("$ref", root.get("$ref"))
	defs := &object{}
	for _, name := range g.order {
		defs.set(name, g.defs[name])
	}
	doc.set("$defs", defs)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type generator struct {
	enums map[reflect.Type]Enum
	defs  map[string]*object
	order []string
}

var (
	uuidType   = reflect.TypeFor[uuid.UUID]()
	phoneType  = reflect.TypeFor[phi.Phone]()
	isValidTy  = reflect.TypeFor[interface{ IsValid() bool }]()
	nilUUID    = uuid.Nil.String()
	zeroTimeJS = "0001-01-01T00:00:00Z"
)

func ref(name string) *object {
	o := &object{}
	o.set("$ref", "#/$defs/"+name)
	return o
}

// typeSchema returns the schema of a value of type t, without the limits of
// a field's tag.
func (g *generator) typeSchema(t reflect.Type) (*object, error) {
	if t.Kind() == reflect.Pointer {
		return g.typeSchema(t.Elem())
	}
	switch {
	case t == uuidType:
		o := &object{}
		o.set("type", "string")
		o.set("format", "uuid")
		return o, nil
	case jsontype.IsTime(t):
		o := &object{}
		o.set("type", "string")
		o.set("format", "date-time")
		return o, nil
	case t == phoneType:
		o := &object{}
		o.set("type", "string")
		o.set("maxLength", 32)
		o.set("pattern", PhonePattern)
		return o, nil
	}
	if e, ok := g.enums[t]; ok {
		name := DefName(t)
		if _, done := g.defs[name]; !done {
			d := &object{}
			if t.Kind() == reflect.String {
				d.set("type", "string")
			} else {
				d.set("type", "integer")
			}
			d.set("enum", e.Values)
			g.define(name, d)
		}
		return ref(name), nil
	}
	if t.Implements(isValidTy) {
		return nil, fmt.Errorf("planschema: enum %s has no list function in Enums", t)
	}
	switch t.Kind() {
	case reflect.String:
		o := &object{}
		o.set("type", "string")
		return o, nil
	case reflect.Bool:
		o := &object{}
		o.set("type", "boolean")
		return o, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		o := &object{}
		o.set("type", "integer")
		return o, nil
	case reflect.Float32, reflect.Float64:
		o := &object{}
		o.set("type", "number")
		return o, nil
	case reflect.Slice:
		items, err := g.typeSchema(t.Elem())
		if err != nil {
			return nil, err
		}
		o := &object{}
		o.set("type", "array")
		o.set("items", items)
		return o, nil
	case reflect.Struct:
		return g.structSchema(t)
	}
	return nil, fmt.Errorf("planschema: no schema for kind %s (%s)", t.Kind(), t)
}

func (g *generator) define(name string, o *object) {
	g.defs[name] = o
	g.order = append(g.order, name)
}

func (g *generator) structSchema(t reflect.Type) (*object, error) {
	name := DefName(t)
	if _, done := g.defs[name]; done {
		return ref(name), nil
	}
	d := &object{}
	g.define(name, d) // before the fields, for recursive types
	d.set("type", "object")
	props := &object{}
	var required []string
	for _, f := range jsontype.Fields(t) {
		s, err := g.typeSchema(f.Type)
		if err != nil {
			return nil, err
		}
		if err := g.applyTag(s, f.Type, f.Tag.Get("validate")); err != nil {
			return nil, fmt.Errorf("planschema: %s.%s: %w", name, f.Name, err)
		}
		// encoding/json reads null, or a key left out, as the zero value, so
		// a field is required, and never null, only where its rules reject
		// the zero value; everywhere else null is allowed.
		if zeroRejected(f.Type, f.Tag.Get("validate")) {
			required = append(required, f.Name)
		} else {
			null := &object{}
			null.set("type", "null")
			alts := []any{null, s}
			if f.Optional && f.Type.Kind() == reflect.Struct && !jsontype.IsTime(f.Type) {
				// A part left out by omitzero, which {} also decodes to.
				empty := &object{}
				empty.set("type", "object")
				empty.set("maxProperties", 0)
				alts = []any{null, empty, s}
			}
			nullable := &object{}
			nullable.set("anyOf", alts)
			s = nullable
		}
		props.set(f.Name, s)
	}
	d.set("properties", props)
	if len(required) > 0 {
		d.set("required", required)
	}
	d.set("additionalProperties", false)
	return ref(name), nil
}

// zeroRejected reports whether the rules of a validate tag reject the zero
// value of type t: "required", "valid" on an enum whose zero value is not a
// code, or a minimum above zero, without "omitempty".
func zeroRejected(t reflect.Type, tag string) bool {
	before, _, _ := strings.Cut(tag, ",dive")
	if strings.HasPrefix(tag, "dive") {
		return false
	}
	rules := strings.Split(before, ",")
	if slices.Contains(rules, "omitempty") || t.Kind() == reflect.Pointer {
		return false
	}
	for _, r := range rules {
		name, param, _ := strings.Cut(r, "=")
		switch name {
		case "required":
			return true
		case "valid":
			if iv, ok := reflect.Zero(t).Interface().(interface{ IsValid() bool }); ok && iv.IsValid() {
				continue // the zero value is a code, as goals.LevelExpected is
			}
			return true
		case "min", "len":
			if n, err := strconv.Atoi(param); err == nil && n > 0 {
				return true
			}
		}
	}
	return false
}

// applyTag adds to s, the schema of a value of type t, the limits of a
// validate tag. Rules after "dive" apply to the items of the array s.
func (g *generator) applyTag(s *object, t reflect.Type, tag string) error {
	if tag == "" || tag == "-" {
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	rules := strings.Split(tag, ",")
	if t.Kind() == reflect.String && slices.Contains(rules, "omitempty") && !slices.Contains(rules, "dive") {
		// The rules hold only for text that is not empty: "" stays valid.
		defer emptyAllowed(s)
	}
	for i, r := range rules {
		name, param, _ := strings.Cut(r, "=")
		switch name {
		case "dive":
			items, _ := s.get("items").(*object)
			if items == nil {
				return fmt.Errorf("dive on %s, not a slice", t)
			}
			return g.applyTag(items, t.Elem(), strings.Join(rules[i+1:], ","))
		case "omitempty":
			// Zero values are left out of the JSON by the field's omitempty or
			// omitzero, or fall outside the other rules' reach.
		case "valid":
			if _, ok := g.enums[t]; !ok {
				return fmt.Errorf("rule valid on %s, not an enum of Enums", t)
			}
		case "required":
			switch {
			case t == uuidType:
				not := &object{}
				not.set("const", nilUUID)
				s.set("not", not)
			case jsontype.IsTime(t):
				not := &object{}
				not.set("const", zeroTimeJS)
				s.set("not", not)
			case t.Kind() == reflect.String:
				s.set("minLength", 1)
			case t.Kind() == reflect.Struct, t.Kind() == reflect.Slice:
				// A struct is required by its own fields; a slice only not to
				// be nil, which JSON cannot say apart from [].
			default:
				return fmt.Errorf("rule required on %s", t)
			}
		case "min", "max", "len":
			n, err := strconv.Atoi(param)
			if err != nil {
				return fmt.Errorf("rule %s with parameter %q", name, param)
			}
			var lo, hi string
			switch t.Kind() {
			case reflect.String:
				lo, hi = "minLength", "maxLength"
			case reflect.Slice:
				lo, hi = "minItems", "maxItems"
			case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint, reflect.Uint64:
				lo, hi = "minimum", "maximum"
			default:
				return fmt.Errorf("rule %s on %s", name, t)
			}
			if name != "max" {
				s.set(lo, n)
			}
			if name != "min" {
				s.set(hi, n)
			}
		case "email":
			s.set("format", "email")
		case "phone":
			s.set("maxLength", 32)
			s.set("pattern", PhonePattern)
		case "year":
			s.set("pattern", YearPattern)
		default:
			return fmt.Errorf("no schema for rule %q", name)
		}
	}
	return nil
}

// emptyAllowed moves the text rules of s (format, pattern, minLength, or the
// $ref of an enum, whose codes "" is not one of) under an anyOf that also
// takes "".
func emptyAllowed(s *object) {
	rules := &object{}
	for _, k := range []string{"$ref", "format", "pattern", "minLength"} {
		if v, ok := s.vals[k]; ok {
			rules.set(k, v)
			s.remove(k)
		}
	}
	if len(rules.keys) == 0 {
		return
	}
	empty := &object{}
	empty.set("const", "")
	s.set("anyOf", []any{empty, rules})
}

// object is a JSON object that keeps its keys in the order they were set.
type object struct {
	keys []string
	vals map[string]any
}

func (o *object) set(k string, v any) {
	if o.vals == nil {
		o.vals = map[string]any{}
	}
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *object) get(k string) any { return o.vals[k] }

func (o *object) remove(k string) {
	delete(o.vals, k)
	o.keys = slices.DeleteFunc(o.keys, func(x string) bool { return x == k })
}

// MarshalJSON writes the object's keys in order.
func (o *object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		vb, err := marshal(o.vals[k])
		if err != nil {
			return nil, err
		}
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
