package audit

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// Diff returns the RFC 6901 JSON Pointers at which the encoding/json forms of
// before and after differ, sorted as [ComparePointers] orders them, without
// duplicates. It returns nil when they are equal, and the error of
// json.Marshal when either cannot be encoded (a channel, a NaN).
//
// The comparison walks both JSON documents:
//
//   - Objects are compared key by key. A key present on one side only is
//     reported at its own pointer ("/goals/0/due" for an added due date);
//     the walk does not descend into it.
//   - Values of different JSON types, and scalars (strings, numbers, true,
//     false, null) that differ, are reported at their pointer. Numbers are
//     compared as the text encoding/json writes, so 1 and 1.0 are equal.
//   - Arrays whose elements are all objects with an "id" member holding a
//     string or a number, unique on each side, are matched by ID, not
//     position: a goal that moved is compared with itself. A changed
//     element is reported below its index in after; an added element at its
//     index in after; a removed element at its index in before. If the
//     elements present on both sides are in a different order, the array's
//     own pointer is reported once ("/goals"): a reorder is one change, not
//     a rewrite of every element.
//   - Other arrays are compared by position; extra elements on either side
//     are reported at their index.
//
// Pointers escape "~" as "~0" and "/" as "~1" in keys. The whole document
// is "". Diff never reports values, only where they are, so the result can go
// in [Event.Paths] (mind [MaxPaths] and [MaxPathBytes]: for a very large
// change, record the parent pointer). Object keys do appear in pointers:
// diff values whose map keys are IDs or codes, never text a person wrote.
func Diff(before, after any) ([]string, error) {
	a, err := decodeJSON(before)
	if err != nil {
		return nil, err
	}
	b, err := decodeJSON(after)
	if err != nil {
		return nil, err
	}
	var d differ
	d.value(a, b)
	if len(d.out) == 0 {
		return nil, nil
	}
	slices.SortFunc(d.out, ComparePointers)
	return slices.Compact(d.out), nil
}

func decodeJSON(v any) (any, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		return nil, err // unreachable: json.Marshal wrote valid JSON
	}
	return out, nil
}

// differ walks two decoded documents, keeping the pointer of the current
// position in a reused buffer.
type differ struct {
	ptr []byte
	out []string
}

func (d *differ) report() { d.out = append(d.out, string(d.ptr)) }

// push appends "/" and the escaped token to the pointer and returns the
// length to restore.
func (d *differ) push(token string) int {
	n := len(d.ptr)
	d.ptr = append(d.ptr, '/')
	for i := 0; i < len(token); i++ {
		switch c := token[i]; c {
		case '~':
			d.ptr = append(d.ptr, '~', '0')
		case '/':
			d.ptr = append(d.ptr, '~', '1')
		default:
			d.ptr = append(d.ptr, c)
		}
	}
	return n
}

func (d *differ) pushIndex(i int) int {
	n := len(d.ptr)
	d.ptr = append(d.ptr, '/')
	d.ptr = strconv.AppendInt(d.ptr, int64(i), 10)
	return n
}

func (d *differ) value(a, b any) {
	switch a := a.(type) {
	case map[string]any:
		if b, ok := b.(map[string]any); ok {
			d.object(a, b)
			return
		}
	case []any:
		if b, ok := b.([]any); ok {
			d.array(a, b)
			return
		}
	case json.Number:
		if b, ok := b.(json.Number); ok && a == b {
			return
		}
	case string:
		if b, ok := b.(string); ok && a == b {
			return
		}
	case bool:
		if b, ok := b.(bool); ok && a == b {
			return
		}
	case nil:
		if b == nil {
			return
		}
	}
	d.report()
}

func (d *differ) object(a, b map[string]any) {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // the output is sorted anyway; this keeps the walk deterministic
	for _, k := range keys {
		av, inA := a[k]
		bv, inB := b[k]
		n := d.push(k)
		if inA && inB {
			d.value(av, bv)
		} else {
			d.report()
		}
		d.ptr = d.ptr[:n]
	}
}

func (d *differ) array(a, b []any) {
	aIDs, okA := elementIDs(a)
	bIDs, okB := elementIDs(b)
	if okA && okB && len(a)+len(b) > 0 {
		d.arrayByID(a, b, aIDs, bIDs)
		return
	}
	for i := range max(len(a), len(b)) {
		n := d.pushIndex(i)
		if i < len(a) && i < len(b) {
			d.value(a[i], b[i])
		} else {
			d.report()
		}
		d.ptr = d.ptr[:n]
	}
}

func (d *differ) arrayByID(a, b []any, aIDs, bIDs []string) {
	inA := make(map[string]int, len(a))
	for i, id := range aIDs {
		inA[id] = i
	}
	inB := make(map[string]struct{}, len(b))
	last, reordered := -1, false
	for j, id := range bIDs {
		inB[id] = struct{}{}
		n := d.pushIndex(j)
		if i, ok := inA[id]; ok {
			if i < last {
				reordered = true
			}
			last = i
			d.value(a[i], b[j])
		} else {
			d.report() // added
		}
		d.ptr = d.ptr[:n]
	}
	for i, id := range aIDs {
		if _, ok := inB[id]; !ok {
			n := d.pushIndex(i)
			d.report() // removed
			d.ptr = d.ptr[:n]
		}
	}
	if reordered {
		d.report()
	}
}

// elementIDs returns the "id" of every element of arr, each prefixed with
// its JSON type so that the string "1" and the number 1 differ, or false if
// some element is not an object with a string or number id, or an id
// repeats.
func elementIDs(arr []any) ([]string, bool) {
	ids := make([]string, len(arr))
	seen := make(map[string]struct{}, len(arr))
	for i, el := range arr {
		obj, ok := el.(map[string]any)
		if !ok {
			return nil, false
		}
		switch id := obj["id"].(type) {
		case string:
			ids[i] = "s" + id
		case json.Number:
			ids[i] = "n" + string(id)
		default:
			return nil, false
		}
		if _, dup := seen[ids[i]]; dup {
			return nil, false
		}
		seen[ids[i]] = struct{}{}
	}
	return ids, true
}

// ComparePointers orders JSON Pointers token by token: a pointer sorts before
// the pointers below it, tokens made only of digits (array indexes) compare
// as numbers ("/goals/2" before "/goals/10"), and other tokens compare as
// bytes, after numeric ones. It returns -1, 0 or +1, for slices.SortFunc.
func ComparePointers(a, b string) int {
	for {
		if a == b {
			return 0
		}
		if a == "" {
			return -1
		}
		if b == "" {
			return +1
		}
		// Both start with "/" for valid pointers; compare the next tokens.
		ta, ra := nextToken(a)
		tb, rb := nextToken(b)
		if c := compareTokens(ta, tb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
}

func nextToken(p string) (token, rest string) {
	p = p[1:] // the leading "/", or the first byte of an invalid pointer
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

func compareTokens(a, b string) int {
	da, db := isDigits(a), isDigits(b)
	switch {
	case da && db:
		if c := cmpInt(len(strings.TrimLeft(a, "0")), len(strings.TrimLeft(b, "0"))); c != 0 {
			return c
		}
		if c := strings.Compare(strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")); c != 0 {
			return c
		}
	case da:
		return -1
	case db:
		return +1
	}
	return strings.Compare(a, b)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
