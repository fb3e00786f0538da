package gentest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/validate"
)

// SamplePlans decodes each line of testdata/plans.jsonl into a P: the
// synthetic plans of package recoverytest, which recoverytest's
// TestSamplePlans writes and keeps current. P is the plan type, or for a
// package below the root a struct with the fields of the parts that package
// defines (importing recoverytest from its own tests would be an import
// cycle).
func SamplePlans[P any](t testing.TB) []P {
	t.Helper()
	_, self, _, _ := runtime.Caller(0)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(self), "testdata", "plans.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []P
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var p P
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("sample plan %d: %v", len(out)+1, err)
		}
		out = append(out, p)
	}
	return out
}

// mutated is how many samples of a type CheckTags changes field by field.
const mutated = 4

// CheckTags holds a generated tagsHold (hold) to validator/v10, as
// validate.Tags relies on: hold must never report true for a value whose
// tags validator/v10 refuses. It checks each sample, then changes the first
// samples one field at a time, at any depth and in every element of a slice:
// every string, integer, time, ID, pointer and slice length, to the values
// at and around each limit the type's tags name, and to values past them.
// A field of a kind it cannot change fails the test. It also fails unless
// hold is true for at least nine in ten samples that validator/v10 accepts,
// so that the fast path stays the common one.
func CheckTags[T any](t *testing.T, samples []T, hold func(*T) bool) {
	t.Helper()
	if len(samples) == 0 {
		t.Fatalf("no samples of %T", *new(T))
	}
	tagsHold := func(v *T) bool {
		var c validate.Collector
		c.Struct("", v)
		return c.Len() == 0
	}
	valid, fast := 0, 0
	for i := range samples {
		v := &samples[i]
		ok, h := tagsHold(v), hold(v)
		if h && !ok {
			t.Errorf("%T sample %d: tagsHold is true, validator/v10 refuses it", *v, i)
		}
		if ok {
			valid++
			if h {
				fast++
			}
		}
	}
	if valid == 0 || fast*10 < valid*9 {
		t.Errorf("%T: tagsHold is true for %d of the %d samples validator/v10 accepts", *new(T), fast, valid)
	}
	m := mutator{edits: editsFor(reflect.TypeFor[T]())}
	checked, held := 0, 0
	for i := range samples[:min(len(samples), mutated)] {
		v := &samples[i]
		m.check = func(path string) {
			checked++
			if !hold(v) {
				return
			}
			held++
			if !tagsHold(v) {
				t.Errorf("%s: tagsHold is true, validator/v10 refuses it", path)
			}
		}
		m.unknown = func(path string) { t.Errorf("%s: CheckTags cannot change a field of this kind", path) }
		m.mutate(reflect.ValueOf(v).Elem(), reflect.TypeFor[T]().Name())
	}
	if held == 0 || held == checked {
		t.Errorf("%T: tagsHold held for %d of %d changed values: the changes test nothing", *new(T), held, checked)
	}
	t.Logf("%T: %d of %d samples on the fast path; %d changed values, %d held", *new(T), fast, valid, checked, held)
}

// edits are the values a mutator sets fields to.
type edits struct {
	strings []string
	ints    []int64
	uints   []uint64
	lengths []int
}

// editsFor returns the edits for the fields below t: for each number n in
// the type's tags (max=n, min=n, len=n), strings of n-1, n and n+1 ASCII
// bytes and of n/2+1 and n+1 two-byte runes, integers n-1, n and n+1, and
// slices of n-1, n and n+1 elements; and strings, integers and times that
// break the module's other rules.
func editsFor(t reflect.Type) edits {
	e := edits{
		strings: []string{"", " ", "x", "not-a-value", "+1 (555) 010-0199", "555-0100", "911", "(555", "1",
			"a@example.org", "a@", "\xff\xfe", strings.Repeat("1", 40)},
		ints:    []int64{math.MinInt64, -1, 0, 1, math.MaxInt64},
		uints:   []uint64{0, 1, 255},
		lengths: []int{1, 2},
	}
	for _, n := range tagNumbers(t, map[reflect.Type]bool{}) {
		e.strings = append(e.strings, strings.Repeat("a", max(n-1, 0)), strings.Repeat("a", n), strings.Repeat("a", n+1),
			strings.Repeat("é", n/2+1), strings.Repeat("é", n+1))
		e.ints = append(e.ints, int64(n-1), int64(n), int64(n+1))
		e.uints = append(e.uints, uint64(n), uint64(n+1))
		e.lengths = append(e.lengths, max(n-1, 0), n, n+1)
	}
	return e
}

// tagNumbers returns the parameters of the min, max and len rules in the
// validate tags of t and of the types below it.
func tagNumbers(t reflect.Type, seen map[reflect.Type]bool) []int {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return tagNumbers(t.Elem(), seen)
	case reflect.Struct:
	default:
		return nil
	}
	if seen[t] {
		return nil
	}
	seen[t] = true
	var ns []int
	for i := range t.NumField() {
		f := t.Field(i)
		for _, r := range strings.Split(f.Tag.Get("validate"), ",") {
			name, param, _ := strings.Cut(r, "=")
			if name == "min" || name == "max" || name == "len" {
				if n, err := strconv.ParseInt(param, 0, 32); err == nil {
					ns = append(ns, int(n))
				}
			}
		}
		ns = append(ns, tagNumbers(f.Type, seen)...)
	}
	slices.Sort(ns)
	return slices.Compact(ns)
}

var editTimes = []time.Time{
	{},
	time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC),
	time.Date(1, 1, 1, 0, 30, 0, 0, time.FixedZone("", 3600)),        // the year 0 in UTC
	time.Date(9999, 12, 31, 23, 30, 0, 0, time.FixedZone("", -3600)), // the year 10000 in UTC
	time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC),
	time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("", 0)), // the zero instant, with a location
}

// A mutator changes the fields below a value one at a time.
type mutator struct {
	edits   edits
	check   func(path string) // called after each change, before the field is put back
	unknown func(path string) // called for a field of a kind it cannot change
}

// mutate sets each field below v, one at a time, to each of its edit values,
// calls check with a description, and puts the field back.
func (m *mutator) mutate(v reflect.Value, path string) {
	orig := reflect.New(v.Type()).Elem()
	orig.Set(v)
	set := func(x reflect.Value, what string) {
		v.Set(x)
		m.check(path + " = " + what)
		v.Set(orig)
	}
	typ := v.Type()
	switch {
	case typ == reflect.TypeFor[time.Time]():
		for _, e := range editTimes {
			set(reflect.ValueOf(e), e.String())
		}
		return
	case typ == reflect.TypeFor[uuid.UUID]():
		set(reflect.ValueOf(uuid.Nil).Convert(typ), "uuid.Nil")
		set(reflect.ValueOf(uuid.MustParse("00000000-0000-4000-8000-000000000001")).Convert(typ), "an ID")
		return
	}
	switch v.Kind() {
	case reflect.String:
		for _, e := range m.edits.strings {
			set(reflect.ValueOf(e).Convert(typ), fmt.Sprintf("%d bytes, %d runes", len(e), len([]rune(e))))
		}
	case reflect.Bool:
		set(reflect.ValueOf(!v.Bool()).Convert(typ), fmt.Sprint(!v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		for _, e := range m.edits.ints {
			x := reflect.New(typ).Elem()
			if x.OverflowInt(e) {
				continue
			}
			x.SetInt(e)
			set(x, fmt.Sprint(e))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		for _, e := range m.edits.uints {
			x := reflect.New(typ).Elem()
			if x.OverflowUint(e) {
				continue
			}
			x.SetUint(e)
			set(x, fmt.Sprint(e))
		}
	case reflect.Pointer:
		set(reflect.Zero(typ), "nil")
		if v.IsNil() {
			v.Set(reflect.New(typ.Elem()))
			m.check(path + " = a new zero value")
			m.mutate(v.Elem(), "(*"+path+")")
			v.Set(orig)
			return
		}
		m.mutate(v.Elem(), "(*"+path+")")
	case reflect.Slice:
		set(reflect.Zero(typ), "nil")
		set(reflect.MakeSlice(typ, 0, 0), "empty")
		first := reflect.New(typ.Elem()).Elem()
		if v.Len() > 0 {
			first.Set(v.Index(0))
		}
		for _, n := range m.edits.lengths {
			s := reflect.MakeSlice(typ, n, n)
			for i := range n {
				s.Index(i).Set(first)
			}
			set(s, fmt.Sprintf("%d elements", n))
		}
		if v.Len() < 2 {
			// Every element is changed, and at least one after the first.
			s := reflect.MakeSlice(typ, 2, 2)
			s.Index(0).Set(first)
			s.Index(1).Set(first)
			v.Set(s)
			m.mutate(s.Index(0), path+"[0]")
			m.mutate(s.Index(1), path+"[1]")
			v.Set(orig)
			return
		}
		for i := range v.Len() {
			m.mutate(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := typ.Field(i); f.IsExported() {
				m.mutate(v.Field(i), path+"."+f.Name)
			} else if f.Anonymous {
				m.unknown(path + "." + f.Name)
			}
		}
	default:
		m.unknown(path)
	}
}
