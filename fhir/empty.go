package fhir

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/recoverykit/recovery/internal/validate"
)

// checkEmpty records rule "empty" at every element of v that would be written
// as an empty JSON object: a struct element of a slice with nothing to write,
// or a struct field that is set (not zero) yet writes nothing, such as one
// holding only an empty, non-nil slice. FHIR forbids empty elements: "when
// present, elements cannot be empty".
func checkEmpty(c *validate.Collector, path string, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkEmpty(c, path, v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			e := v.Index(i)
			p := path + "[" + strconv.Itoa(i) + "]"
			if e.Kind() == reflect.Struct && writesNothing(e) {
				c.Add(p, "empty")
				continue
			}
			checkEmpty(c, p, e)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			fv := v.Field(i)
			p := validate.Join(path, name)
			if fv.Kind() == reflect.Struct && !fv.IsZero() && writesNothing(fv) && omits(opts) {
				c.Add(p, "empty")
				continue
			}
			checkEmpty(c, p, fv)
		}
	}
}

// omits reports whether the json options of a field leave out empty values.
func omits(opts string) bool {
	return strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
}

// writesNothing reports whether the struct v would be written as {}: every
// field is left out by omitempty or omitzero.
func writesNothing(v reflect.Value) bool {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if !omits(opts) {
			return false
		}
		fv := v.Field(i)
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
