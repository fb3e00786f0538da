// Package walk visits the fields of a plan, or of any part of one, by type:
// every piece of personal text (the types of package phi), every code, every
// ID and every time, each with its JSON path.
//
// It is the one mechanism behind the module's plan-wide work: validation of
// references and of ID uniqueness, de-identification, the plan-quality score's
// reading of the team's notes, and the test that no personal text reaches a
// log. A field added to a plan type later is visited without a change here.
//
// Only exported fields are visited; a time.Time is one value, not a struct; a
// uuid.UUID is one value, not an array.
package walk

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/phi"
)

// Class says what a string-kinded value is.
type Class uint8

// The classes of string values.
const (
	// ClassText is personal text: a value of one of package phi's types.
	ClassText Class = iota + 1
	// ClassCode is a code: a value whose type has an IsValid method that
	// reports true for it.
	ClassCode
	// ClassBadCode is a value of a code type that is not one of its codes
	// (the empty string of a code type is ClassCode when the type accepts it,
	// and ClassBadCode otherwise).
	ClassBadCode
	// ClassPlain is any other string.
	ClassPlain
)

// Field describes the value being visited.
type Field struct {
	// Class is the class of a string value; zero for IDs and times.
	Class Class
	// Kind is the kind of personal text, for ClassText.
	Kind phi.Kind
	// Tag is the struct tag of the field the value is in (or whose slice,
	// map or pointer holds it).
	Tag reflect.StructTag
	// Type is the value's type.
	Type reflect.Type
	// Owner is the ID of the innermost struct around the value that has an
	// "id" field (a goal for its statement, a step for its action); the zero
	// ID when there is none.
	Owner uuid.UUID

	path *path
}

// Path returns the value's JSON path, for example "goals[1].steps[0].action".
func (f Field) Path() string { return f.path.String() }

// Name returns the JSON name of the field the value is in ("action"), or ""
// at the top level.
func (f Field) Name() string { return f.path.name() }

// Visitor receives the values of a walk. A nil function is not called.
type Visitor struct {
	// String is called for every string-kinded value.
	String func(f Field, s string)
	// Text is called for every piece of personal text (a value of one of
	// package phi's types), with Class ClassText and its Kind. A visitor
	// that sets Text and not String is walked past the fields that hold no
	// personal text, codes included, which makes reading a plan's text
	// several times cheaper than filtering String's values.
	Text func(f Field, s string)
	// ID is called for every uuid.UUID.
	ID func(f Field, id uuid.UUID)
	// Time is called for every time.Time.
	Time func(f Field, t time.Time)
}

// Walk calls the visitor's functions for every value in v, in field order.
// A [Field] is valid only during the call it is passed to.
func Walk(v any, vis Visitor) {
	var p path
	walk(reflect.ValueOf(v), "", &p, vis)
}

var (
	typeUUID  = reflect.TypeFor[uuid.UUID]()
	typeTime  = reflect.TypeFor[time.Time]()
	typeValid = reflect.TypeFor[interface{ IsValid() bool }]()
)

func walk(v reflect.Value, tag reflect.StructTag, p *path, vis Visitor) {
	if !v.IsValid() {
		return
	}
	t := v.Type()
	switch t {
	case typeUUID:
		if vis.ID != nil {
			vis.ID(Field{Tag: tag, Type: t, Owner: p.owner, path: p}, valueOf[uuid.UUID](v))
		}
		return
	case typeTime:
		if vis.Time != nil {
			vis.Time(Field{Tag: tag, Type: t, Owner: p.owner, path: p}, valueOf[time.Time](v))
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		if vis.String != nil {
			class, kind := classify(v)
			vis.String(Field{Class: class, Kind: kind, Tag: tag, Type: t, Owner: p.owner, path: p}, v.String())
		}
		if vis.Text != nil {
			if kind := phi.KindOf(t); kind != phi.KindNone {
				vis.Text(Field{Class: ClassText, Kind: kind, Tag: tag, Type: t, Owner: p.owner, path: p}, v.String())
			}
		}
	case reflect.Struct:
		info := infoOf(t)
		outer := p.owner
		if info.id >= 0 {
			p.owner = valueOf[uuid.UUID](v.Field(info.id))
		}
		want := vis.wants()
		for _, fi := range info.fields {
			if fi.has&want == 0 {
				continue
			}
			p.push(fi.name, -1)
			walk(v.Field(fi.index), fi.tag, p, vis)
			p.pop()
		}
		p.owner = outer
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			p.push("", i)
			walk(v.Index(i), tag, p, vis)
			p.pop()
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), tag, p, vis)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			p.push(it.Key().String(), -1)
			walk(it.Value(), tag, p, vis)
			p.pop()
		}
	}
}

// valueOf returns the value v holds as a T. When v is addressable it reads it
// through a pointer, which does not allocate, rather than boxing a copy in an
// interface: a walk of a plan given by pointer then allocates nothing for its
// IDs, times and codes. T is v's type, or an interface that v's type (and so
// its pointer type) implements.
func valueOf[T any](v reflect.Value) T {
	if v.CanAddr() {
		if x, ok := v.Addr().Interface().(*T); ok {
			return *x
		}
		if x, ok := v.Addr().Interface().(T); ok {
			return x
		}
	}
	return v.Interface().(T)
}

// classify returns the class of a string-kinded value, and its kind of
// personal text.
func classify(v reflect.Value) (Class, phi.Kind) {
	t := v.Type()
	if k := phi.KindOf(t); k != phi.KindNone {
		return ClassText, k
	}
	if t.Implements(typeValid) {
		if valueOf[interface{ IsValid() bool }](v).IsValid() {
			return ClassCode, phi.KindNone
		}
		return ClassBadCode, phi.KindNone
	}
	return ClassPlain, phi.KindNone
}

// Rewriter says how [Copy] rewrites the values of a copy. A nil function
// keeps the values it would rewrite.
type Rewriter struct {
	// String returns the replacement of a string-kinded value.
	String func(f Field, s string) string
	// ID returns the replacement of a uuid.UUID.
	ID func(f Field, id uuid.UUID) uuid.UUID
	// Time returns the replacement of a time.Time.
	Time func(f Field, t time.Time) time.Time
}

// Copy returns a deep copy of v, sharing no slice, map or pointer with it,
// with every string, ID and time passed through the rewriter.
func Copy[T any](v T, r Rewriter) T {
	var p path
	src := reflect.ValueOf(&v).Elem()
	dst := reflect.New(src.Type()).Elem()
	copyValue(dst, src, "", &p, r)
	return dst.Interface().(T)
}

func copyValue(dst, src reflect.Value, tag reflect.StructTag, p *path, r Rewriter) {
	t := src.Type()
	switch t {
	case typeUUID:
		id := src.Interface().(uuid.UUID)
		if r.ID != nil {
			id = r.ID(Field{Tag: tag, Type: t, path: p}, id)
		}
		dst.Set(reflect.ValueOf(id))
		return
	case typeTime:
		tm := src.Interface().(time.Time)
		if r.Time != nil {
			tm = r.Time(Field{Tag: tag, Type: t, path: p}, tm)
		}
		dst.Set(reflect.ValueOf(tm))
		return
	}
	switch src.Kind() {
	case reflect.String:
		s := src.String()
		if r.String != nil {
			class, kind := classify(src)
			s = r.String(Field{Class: class, Kind: kind, Tag: tag, Type: t, path: p}, s)
		}
		dst.SetString(s)
	case reflect.Struct:
		dst.Set(src) // unexported fields, if any, are copied as they are
		for _, fi := range infoOf(t).fields {
			p.push(fi.name, -1)
			copyValue(dst.Field(fi.index), src.Field(fi.index), fi.tag, p, r)
			p.pop()
		}
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		n := src.Len()
		dst.Set(reflect.MakeSlice(t, n, n))
		for i := range n {
			p.push("", i)
			copyValue(dst.Index(i), src.Index(i), tag, p, r)
			p.pop()
		}
	case reflect.Array:
		for i := range src.Len() {
			p.push("", i)
			copyValue(dst.Index(i), src.Index(i), tag, p, r)
			p.pop()
		}
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		dst.Set(reflect.New(t.Elem()))
		copyValue(dst.Elem(), src.Elem(), tag, p, r)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		dst.Set(reflect.MakeMapWithSize(t, src.Len()))
		it := src.MapRange()
		for it.Next() {
			p.push(it.Key().String(), -1)
			val := reflect.New(t.Elem()).Elem()
			copyValue(val, it.Value(), tag, p, r)
			dst.SetMapIndex(it.Key(), val)
			p.pop()
		}
	default:
		dst.Set(src)
	}
}

// has says which kinds of value a type holds, so that a walk skips the
// fields that hold nothing its visitor wants.
type has uint8

const (
	hasString has = 1 << iota
	hasID
	hasTime
	hasText // personal text; a type that has it has hasString too
)

func (vis Visitor) wants() has {
	var w has
	if vis.String != nil {
		w |= hasString
	}
	if vis.ID != nil {
		w |= hasID
	}
	if vis.Time != nil {
		w |= hasTime
	}
	if vis.Text != nil {
		w |= hasText
	}
	return w
}

// structInfo is what a walk needs of a struct type: its exported fields with
// their JSON names and tags, and which of them is its own "id".
type structInfo struct {
	fields []fieldInfo
	id     int // index of the uuid.UUID field named "id", or -1
}

type fieldInfo struct {
	index int
	name  string
	tag   reflect.StructTag
	has   has
}

// infos caches structInfo by type, as encoding/json caches its field lists:
// the types of a program are fixed, so the cache only grows to their number.
var infos sync.Map // reflect.Type -> *structInfo

func infoOf(t reflect.Type) *structInfo {
	if v, ok := infos.Load(t); ok {
		return v.(*structInfo)
	}
	info := &structInfo{id: -1}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name := jsonName(sf)
		if sf.Type == typeUUID && name == "id" {
			info.id = i
		}
		info.fields = append(info.fields, fieldInfo{index: i, name: name, tag: sf.Tag, has: holds(sf.Type, nil)})
	}
	v, _ := infos.LoadOrStore(t, info)
	return v.(*structInfo)
}

// holds returns the kinds of value that values of type t can hold.
func holds(t reflect.Type, seen map[reflect.Type]bool) has {
	switch t {
	case typeUUID:
		return hasID
	case typeTime:
		return hasTime
	}
	switch t.Kind() {
	case reflect.String:
		if phi.KindOf(t) != phi.KindNone {
			return hasString | hasText
		}
		return hasString
	case reflect.Slice, reflect.Array, reflect.Pointer:
		return holds(t.Elem(), seen)
	case reflect.Map:
		return holds(t.Elem(), seen)
	case reflect.Interface:
		return hasString | hasID | hasTime | hasText
	case reflect.Struct:
		if seen[t] {
			return 0 // a recursive type: its other fields say what it holds
		}
		if seen == nil {
			seen = make(map[reflect.Type]bool)
		}
		seen[t] = true
		var h has
		for i := range t.NumField() {
			if sf := t.Field(i); sf.IsExported() {
				h |= holds(sf.Type, seen)
			}
		}
		return h
	}
	return 0
}

func jsonName(sf reflect.StructField) string {
	name := sf.Tag.Get("json")
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	if name == "" || name == "-" {
		return sf.Name
	}
	return name
}

// path is the stack of names and indexes from the top value to the current
// one; it is turned into a string only when asked.
type path struct {
	segs  []seg
	owner uuid.UUID
}

type seg struct {
	name  string
	index int
}

func (p *path) push(name string, index int) { p.segs = append(p.segs, seg{name, index}) }
func (p *path) pop()                        { p.segs = p.segs[:len(p.segs)-1] }

func (p *path) name() string {
	for i := len(p.segs) - 1; i >= 0; i-- {
		if p.segs[i].index < 0 {
			return p.segs[i].name
		}
	}
	return ""
}

func (p *path) String() string {
	var b strings.Builder
	for _, s := range p.segs {
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.name)
	}
	return b.String()
}
