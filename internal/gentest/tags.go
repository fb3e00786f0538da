package gentest

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/validate"
)

// SamplePlans returns the lines of testdata/plans.jsonl: synthetic plans of
// package recoverytest, one JSON object a line, which recoverytest's
// TestSamplePlans writes and keeps current. A package below the root reads
// the part of each plan it defines, since importing recoverytest from its
// own tests would be an import cycle.
func SamplePlans(t testing.TB) [][]byte {
	t.Helper()
	_, self, _, _ := runtime.Caller(0)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(self), "testdata", "plans.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var lines [][]byte
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
	}
	return lines
}

// mutated is how many samples of a type CheckTags changes field by field.
const mutated = 4

// CheckTags holds a generated tagsHold (hold) to validator/v10, as
// validate.Tags relies on: hold must never report true for a value whose
// tags validator/v10 refuses. It checks each sample, then changes the first
// samples one field at a time (at any depth: every string, number, time, ID,
// pointer and slice length, to the values at and around each limit the
// module's tags use) and checks each change. It also fails unless hold is
// true for at least nine in ten samples that validator/v10 accepts, so that
// the fast path stays the common one.
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
	checked, held, refused := 0, 0, 0
	for i := range samples[:min(len(samples), mutated)] {
		v := &samples[i]
		mutate(reflect.ValueOf(v).Elem(), reflect.TypeFor[T]().Name(), func(path string) {
			checked++
			if !hold(v) {
				return
			}
			held++
			if !tagsHold(v) {
				refused++
				t.Errorf("%s: tagsHold is true, validator/v10 refuses it", path)
			}
		})
	}
	if held == 0 || held == checked {
		t.Errorf("%T: tagsHold held for %d of %d changed values: the changes test nothing", *new(T), held, checked)
	}
	t.Logf("%T: %d of %d samples on the fast path; %d changed values, %d held", *new(T), fast, valid, checked, held)
}

// limits are the bounds the module's validate tags use on strings.
var limits = []int{128, 200, 254, 500, 1000, 2000}

// editStrings are the strings each string field is set to.
var editStrings = func() []string {
	s := []string{"", " ", "x", "not-a-value", "+1 (555) 010-0199", "555-0100", "911", "(555", "1", "a@example.org"}
	for _, n := range limits {
		s = append(s, strings.Repeat("a", n-1), strings.Repeat("a", n), strings.Repeat("a", n+1),
			strings.Repeat("é", n/2+1), strings.Repeat("é", n), strings.Repeat("é", n+1))
	}
	return s
}()

var (
	editInts  = []int64{math.MinInt64, -100, -1, 0, 1, 2, 3, 4, 5, 9, 10, 11, 19, 20, 21, 100, math.MaxInt64}
	editUints = []uint64{0, 1, 2, 3, 4, 5, 10, 255}
	editTimes = []time.Time{
		{},
		time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 30, 0, 0, time.FixedZone("", 3600)),        // the year 0 in UTC
		time.Date(9999, 12, 31, 23, 30, 0, 0, time.FixedZone("", -3600)), // the year 10000 in UTC
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC),
	}
	editLengths = []int{1, 2, 10, 11, 20, 21, 50, 51, 200, 201}
)

// mutate sets each field below v, one at a time, to each of its edit values,
// calls check with a description, and puts the field back.
func mutate(v reflect.Value, path string, check func(string)) {
	orig := reflect.New(v.Type()).Elem()
	orig.Set(v)
	set := func(x reflect.Value, what string) {
		v.Set(x)
		check(path + " = " + what)
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
		for _, e := range editStrings {
			set(reflect.ValueOf(e).Convert(typ), fmt.Sprintf("%d bytes, %d runes", len(e), len([]rune(e))))
		}
	case reflect.Bool:
		set(reflect.ValueOf(!v.Bool()), fmt.Sprint(!v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		for _, e := range editInts {
			x := reflect.New(typ).Elem()
			if x.OverflowInt(e) {
				continue
			}
			x.SetInt(e)
			set(x, fmt.Sprint(e))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		for _, e := range editUints {
			x := reflect.New(typ).Elem()
			x.SetUint(e)
			set(x, fmt.Sprint(e))
		}
	case reflect.Pointer:
		set(reflect.Zero(typ), "nil")
		if v.IsNil() {
			v.Set(reflect.New(typ.Elem()))
			check(path + " = a new zero value")
			mutate(v.Elem(), "(*"+path+")", check)
			v.Set(orig)
			return
		}
		mutate(v.Elem(), "(*"+path+")", check)
	case reflect.Slice:
		set(reflect.Zero(typ), "nil")
		set(reflect.MakeSlice(typ, 0, 0), "empty")
		first := reflect.New(typ.Elem()).Elem()
		if v.Len() > 0 {
			first.Set(v.Index(0))
		}
		for _, n := range editLengths {
			s := reflect.MakeSlice(typ, n, n)
			for i := range n {
				s.Index(i).Set(first)
			}
			set(s, fmt.Sprintf("%d elements", n))
		}
		if v.Len() == 0 {
			s := reflect.MakeSlice(typ, 1, 1)
			v.Set(s)
			mutate(s.Index(0), path+"[0]", check)
			v.Set(orig)
			return
		}
		mutate(v.Index(0), path+"[0]", check)
	case reflect.Struct:
		for i := range v.NumField() {
			if f := typ.Field(i); f.IsExported() {
				mutate(v.Field(i), path+"."+f.Name, check)
			}
		}
	}
}
