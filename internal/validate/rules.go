package validate

import (
	"reflect"
	"strings"
	"time"

	"github.com/go-playground/validator/v10"
)

// The rule codes of [Problem.Rule] that more than one package reports. The
// codes of validator/v10's tags keep the tag's name; a package's own codes
// (a FHIR invariant such as "gol-1", a cross-field rule such as
// "after-decided") are documented by the Validate method that reports them.
const (
	// RuleRequired: the field is empty or the zero value.
	RuleRequired = "required"
	// RuleValid: a code outside its defined values (the "valid" tag calls
	// the field's IsValid), or a value of the wrong form.
	RuleValid = "valid"
	// RuleMin: a number below, or a list or text shorter than, the Param.
	RuleMin = "min"
	// RuleMax: a number above, or a list or text longer than, the Param;
	// the length of text is counted in characters (runes).
	RuleMax = "max"
	// RuleLen: a list or text whose length is not the Param.
	RuleLen = "len"
	// RuleUnique: the element repeats the key (usually the ID) of an
	// earlier element of the same list (see [Unique]).
	RuleUnique = "unique"
	// RuleExists: a reference to an ID that is not where it must be.
	RuleExists = "exists"
	// RulePhone: the text is not shaped like a phone number (the "phone"
	// tag; see [IsPhone]).
	RulePhone = "phone"
	// RuleRange: a time outside the years [MinYear] to [MaxYear] (the
	// "year" tag), or a number outside its range.
	RuleRange = "range"
	// RuleAfterStart: a due date before the start date.
	RuleAfterStart = "after-start"
	// RuleAfterCreated: a time before the plan was created.
	RuleAfterCreated = "after-created"
	// RuleStruct: a value given to [Collector.Struct] that is not a struct,
	// a mistake in the module rather than in the input.
	RuleStruct = "struct"
	// RuleInvalid: the error of a nested value was not an [*Error].
	RuleInvalid = "invalid"
)

// Unique records [RuleUnique] at path(i) for every element i of items whose
// key is the key of an earlier element, in one pass through a map, so a
// list of any length costs linear time. Elements whose key is the zero K are
// skipped: an absent key is the business of [RuleRequired]. It returns the
// set of the keys met, for [RuleExists] checks against the list.
//
// Unique is checked by hand rather than with validator's "unique" tag so
// that a repeat does not hide the elements' own problems, and so that each
// repeat is named at its index.
func Unique[T any, K comparable](c *Collector, items []T, key func(T) K, path func(i int) string) map[K]struct{} {
	var zero K
	seen := make(map[K]struct{}, len(items))
	for i, it := range items {
		k := key(it)
		if k == zero {
			continue
		}
		if _, dup := seen[k]; dup {
			c.Add(path(i), RuleUnique)
			continue
		}
		seen[k] = struct{}{}
	}
	return seen
}

// Distinct records what [Unique] records, at the same paths in the same
// order, without returning the set of keys. A list of up to smallDistinct
// elements is checked by comparing each key with the keys before it, held on
// the stack, which allocates nothing; a longer one goes through a map, so a
// list of any length costs linear time.
func Distinct[T any, K comparable](c *Collector, items []T, key func(T) K, path func(i int) string) {
	if len(items) > smallDistinct {
		Unique(c, items, key, path)
		return
	}
	var zero K
	var buf [smallDistinct]K
	keys := buf[:len(items)]
	for i, it := range items {
		k := key(it)
		keys[i] = k
		if k == zero {
			continue
		}
		for _, e := range keys[:i] {
			if e == k { // a zero key before i never equals k
				c.Add(path(i), RuleUnique)
				break
			}
		}
	}
}

// smallDistinct is the longest list that [Distinct] checks without a map: its
// pairs grow with the square of the length, a map's work with the length.
const smallDistinct = 16

// Self returns its argument: the key function of [Unique] for a list of
// keys.
func Self[K comparable](k K) K { return k }

// ElemOf returns the path function of [Unique] for the elements of the list
// field name, below suffix: ElemOf("steps", ".id")(2) is "steps[2].id".
func ElemOf(name, suffix string) func(int) string {
	return func(i int) string { return Elem(name, i) + suffix }
}

// IsEmail reports whether s passes validator/v10's "email" rule, which
// validates the email fields: validator/v10's own check of the one value,
// for code that checks a struct's tags without reflecting over the struct.
func IsEmail(s string) bool { return instance.Var(s, "email") == nil }

// IsPhone reports whether s has the shape of a phone number, the rule of the
// "phone" tag: an optional leading +, then digits, optionally grouped by
// spaces, dashes, dots and at most one pair of parentheses, beginning and
// ending with a digit or a parenthesis; 3 to 15 digits in all (15 is the
// E.164 maximum; 3 admits emergency numbers such as 911, 988, 112 and 000)
// and at most 32 bytes. It checks shape only, not whether the number exists.
func IsPhone(s string) bool {
	if len(s) == 0 || len(s) > 32 {
		return false
	}
	s = strings.TrimPrefix(s, "+")
	if s == "" || isPhoneSep(s[0]) || isPhoneSep(s[len(s)-1]) {
		return false
	}
	digits := 0
	open, used := false, false // inside parentheses; a pair was used
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch >= '0' && ch <= '9':
			digits++
		case isPhoneSep(ch):
		case ch == '(' && !open && !used:
			open, used = true, true
		case ch == ')' && open && s[i-1] != '(':
			open = false
		default:
			return false
		}
	}
	return !open && digits >= 3 && digits <= 15
}

func isPhoneSep(ch byte) bool { return ch == ' ' || ch == '-' || ch == '.' }

// rules are the tags this package registers on the validator besides
// validator/v10's own.
var rules = map[string]validator.Func{
	// "valid" calls IsValid() bool on the field, for the module's enums.
	RuleValid: func(fl validator.FieldLevel) bool {
		iv, ok := fieldAs[interface{ IsValid() bool }](fl.Field())
		return ok && iv.IsValid()
	},
	// "phone" checks a text field (of any string kind) with IsPhone.
	RulePhone: func(fl validator.FieldLevel) bool {
		return fl.Field().Kind() == reflect.String && IsPhone(fl.Field().String())
	},
	// "year" checks a time.Time with InYears.
	tagYear: func(fl validator.FieldLevel) bool {
		t, ok := fieldAs[time.Time](fl.Field())
		return ok && InYears(t)
	},
}

// fieldAs returns the value v holds as a T (v's type, or an interface that
// v's type implements), as v.Interface().(T) does. A field of a struct given
// by pointer is addressable, and is then read through its pointer, which
// allocates nothing, rather than through a copy boxed in an interface.
func fieldAs[T any](v reflect.Value) (T, bool) {
	if v.CanAddr() {
		switch x := v.Addr().Interface().(type) {
		case *T:
			return *x, true
		case T:
			// The pointer's method set holds the pointer methods too: T is
			// taken from it only when v's own type implements T, as
			// v.Interface().(T) would.
			if v.Type().Implements(reflect.TypeFor[T]()) {
				return x, true
			}
		}
	}
	t, ok := v.Interface().(T)
	return t, ok
}

// tagYear is the tag of the year range; it reports [RuleRange].
const tagYear = "year"

// The years a time may fall in: those that JSON (RFC 3339) and FHIR's date
// types can write, with four digits and no year 0.
const (
	MinYear = 1
	MaxYear = 9999
)

// InYears reports whether t is the zero time (absent) or falls in the years
// [MinYear] to [MaxYear] both in UTC and in its own location, the rule of the
// "year" tag. A time outside them cannot be marshalled as JSON (year 10000)
// or written as a valid FHIR date (year 0).
func InYears(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	y, u := t.Year(), t.UTC().Year()
	return y >= MinYear && y <= MaxYear && u >= MinYear && u <= MaxYear
}
