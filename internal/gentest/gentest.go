// Package gentest holds what the tests that write the module's generated Go
// files share: checking a generated file against what its generator writes
// today (and rewriting it under -update), a value with every field filled to
// check generated code against the reflective walk it replaces, and the JSON
// name of a field as the walk reads it.
//
// The generated files are the walk by type written out for one type, so
// that a hot path runs no reflection: quality's forEachText and the root
// package's forEachID. Each has a test that fails when the file is stale and
// a test that compares it with the walk on a value from [Fill].
//
// The tags.go files (the root package, goals, sdm, strengths, crisis) are
// the validate tags written out: each package's tests hold them to
// validator/v10 with [CheckTags] on the [SamplePlans].
package gentest

import (
	"flag"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
)

// Check fails t unless file holds src, gofmt-formatted. Under the test
// flag -update (the flag of a package's golden files) it first writes the
// file. run is the command that regenerates it, for the failure message.
func Check(t testing.TB, file, src, run string) {
	t.Helper()
	out, err := format.Source([]byte(src))
	if err != nil {
		t.Fatalf("%s: the generated code does not parse: %v", file, err)
	}
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile(file, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(out) {
		t.Fatalf("%s is out of date: run %s", file, run)
	}
}

// Fill sets every string, integer and uuid.UUID below v to a value of its
// own, gives every slice two elements, every pointer a value and every map
// an empty map; times are left zero. v must be settable.
func Fill(v reflect.Value) {
	n := 0
	fill(v, &n)
}

func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprint("text ", *n))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Array:
		if v.Type() == reflect.TypeFor[uuid.UUID]() {
			v.Set(reflect.ValueOf(uuid.NewSHA1(uuid.NameSpaceOID, fmt.Append(nil, *n))))
			return
		}
		for i := range v.Len() {
			fill(v.Index(i), n)
		}
	case reflect.Struct:
		if v.Type().PkgPath() == "time" {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
	}
}

// Holds reports whether values of t can hold a value for which leaf is
// true: t itself, or an element of a slice, array, map or pointer, or a field
// of a struct, at any depth. It panics on an interface field, which a walk
// visits by its dynamic type and straight-line code written from the types
// cannot follow, and on a recursive type. A map that holds one is reported
// as holding it; the generators refuse maps, which a walk visits in no fixed
// order.
func Holds(t reflect.Type, leaf func(reflect.Type) bool) bool {
	return holds(t, leaf, nil)
}

func holds(t reflect.Type, leaf func(reflect.Type) bool, path []reflect.Type) bool {
	if leaf(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer, reflect.Map:
		return holds(t.Elem(), leaf, path)
	case reflect.Interface:
		panic("gentest: an interface field: " + t.String())
	case reflect.Struct:
		if slices.Contains(path, t) {
			panic("gentest: a recursive type: " + t.String())
		}
		path = append(path, t)
		for i := range t.NumField() {
			if sf := t.Field(i); sf.IsExported() && holds(sf.Type, leaf, path) {
				return true
			}
		}
	}
	return false
}

// Line writes one line of generated code to b: depth tabs, then format
// filled with args.
func Line(b *strings.Builder, depth int, format string, args ...any) {
	b.WriteString(strings.Repeat("\t", depth))
	fmt.Fprintf(b, format, args...)
	b.WriteByte('\n')
}

// JSONName returns the name the walk by type gives the field: its JSON
// name, or its Go name when the tag has none or is "-".
func JSONName(sf reflect.StructField) string {
	name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return sf.Name
	}
	return name
}
