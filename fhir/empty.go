package fhir

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/recoverykit/recovery/internal/validate"
)

// field is what checkEmpty needs to know of one struct field.
type field struct {
	index int
	name  string // the JSON name
	omits bool   // omitempty or omitzero: an empty value is left out
}

// fieldsOf lists the JSON fields of struct type t.
func fieldsOf(t reflect.Type) []field {
	var fs []field
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fs = append(fs, field{index: i, name: name,
			omits: strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")})
	}
	return fs
}

// structFields holds the fields of every struct type reachable from the
// resource types. It is built at init and only read afterwards.
var structFields = func() map[reflect.Type][]field {
	m := map[reflect.Type][]field{}
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return
		}
		if _, done := m[t]; done {
			return
		}
		m[t] = fieldsOf(t)
		for i := range t.NumField() {
			add(t.Field(i).Type)
		}
	}
	for _, r := range []any{Bundle{}, CarePlan{}, Goal{}, Observation{}, List{}, RelatedPerson{},
		CareTeam{}, Consent{}, Provenance{}, AuditEvent{}, Task{}, QuestionnaireResponse{}, Questionnaire{},
		CodeSystem{}, ValueSet{}, StructureDefinition{}, NamingSystem{}} {
		add(reflect.TypeOf(r))
	}
	return m
}()

func fieldsFor(t reflect.Type) []field {
	if fs, ok := structFields[t]; ok {
		return fs
	}
	return fieldsOf(t)
}

// emptyWalker finds empty elements. path holds the segments of the current
// path; a string is built only when a problem is found.
type emptyWalker struct {
	c    *validate.Collector
	path []string
}

func (w *emptyWalker) add() {
	var b strings.Builder
	for _, s := range w.path {
		if b.Len() > 0 && s[0] != '[' {
			b.WriteByte('.')
		}
		b.WriteString(s)
	}
	w.c.Add(b.String(), "empty")
}

// checkEmpty records rule "empty" at every element of v that would be written
// as an empty JSON object: a struct element of a slice with nothing to write,
// or a struct field that is set (not zero) yet writes nothing, such as one
// holding only an empty, non-nil slice. FHIR forbids empty elements: "when
// present, elements cannot be empty".
func checkEmpty(c *validate.Collector, path string, v reflect.Value) {
	w := emptyWalker{c: c}
	if path != "" {
		w.path = append(w.path, path)
	}
	w.walk(v)
}

func (w *emptyWalker) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			e := v.Index(i)
			if e.Kind() != reflect.Struct && e.Kind() != reflect.Pointer && e.Kind() != reflect.Interface {
				continue
			}
			w.path = append(w.path, "["+strconv.Itoa(i)+"]")
			if e.Kind() == reflect.Struct && writesNothing(e) {
				w.add()
			} else {
				w.walk(e)
			}
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Struct:
		for _, f := range fieldsFor(v.Type()) {
			fv := v.Field(f.index)
			switch fv.Kind() {
			case reflect.Struct, reflect.Slice, reflect.Pointer, reflect.Interface:
			default:
				continue
			}
			if fv.IsZero() {
				continue
			}
			w.path = append(w.path, f.name)
			if fv.Kind() == reflect.Struct && f.omits && writesNothing(fv) {
				w.add()
			} else {
				w.walk(fv)
			}
			w.path = w.path[:len(w.path)-1]
		}
	}
}

// writesNothing reports whether the struct v would be written as {}: every
// field is left out by omitempty or omitzero.
func writesNothing(v reflect.Value) bool {
	for _, f := range fieldsFor(v.Type()) {
		if !f.omits {
			return false
		}
		fv := v.Field(f.index)
		switch fv.Kind() {
		case reflect.Slice, reflect.Map:
			if fv.Len() > 0 {
				return false
			}
		case reflect.Struct:
			if !fv.IsZero() && !writesNothing(fv) {
				return false
			}
		default:
			if !fv.IsZero() {
				return false
			}
		}
	}
	return true
}
