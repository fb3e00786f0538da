// Package jsontype describes how encoding/json sees a Go type: the JSON name
// and options of each field of a struct, in the order encoding/json writes
// them. The plan's JSON Schema generator and the plan decoder read types
// through it, so both agree with encoding/json on names and on which fields
// may be left out.
package jsontype

import (
	"encoding"
	"reflect"
	"strings"
	"sync"
	"time"
)

// Field is one field of a struct as encoding/json sees it.
type Field struct {
	// Name is the field's JSON name.
	Name string
	// Index is the field's index in its struct, for reflect.Value.Field.
	Index int
	// Type is the field's Go type.
	Type reflect.Type
	// Tag is the field's whole struct tag, for other tags (validate, id, ref).
	Tag reflect.StructTag
	// Optional reports whether the field carries omitempty or omitzero: the
	// encoder may leave it out.
	Optional bool
}

var cache sync.Map // reflect.Type -> []Field; a cache, safe for concurrent use

// Fields returns the JSON fields of struct type t: exported fields not tagged
// json:"-", named by their json tag or else their Go name. Embedded fields are
// not flattened; the module's types have none. The slice is shared: callers
// must not modify it.
func Fields(t reflect.Type) []Field {
	if fs, ok := cache.Load(t); ok {
		return fs.([]Field)
	}
	var fs []Field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		optional := false
		for _, o := range strings.Split(opts, ",") {
			if o == "omitempty" || o == "omitzero" {
				optional = true
			}
		}
		fs = append(fs, Field{Name: name, Index: i, Type: sf.Type, Tag: sf.Tag, Optional: optional})
	}
	actual, _ := cache.LoadOrStore(t, fs)
	return actual.([]Field)
}

// Lookup returns the field of fs that encoding/json decodes the object key
// into: the exact name first, else a case-insensitive match, as
// encoding/json does.
func Lookup(fs []Field, key string) (Field, bool) {
	for _, f := range fs {
		if f.Name == key {
			return f, true
		}
	}
	for _, f := range fs {
		if strings.EqualFold(f.Name, key) {
			return f, true
		}
	}
	return Field{}, false
}

var (
	timeType          = reflect.TypeFor[time.Time]()
	textUnmarshalerTy = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// IsTime reports whether t is time.Time, written in JSON as an RFC 3339
// string.
func IsTime(t reflect.Type) bool { return t == timeType }

// IsText reports whether encoding/json reads t from a JSON string through
// its UnmarshalText method (a UUID, for example), and t is not a plain string
// kind.
func IsText(t reflect.Type) bool {
	return t.Kind() != reflect.String && reflect.PointerTo(t).Implements(textUnmarshalerTy)
}
