package fhir

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The limits [Import] enforces before it decodes anything, so that the time
// and memory a bundle costs grow in proportion to its size whatever its
// shape. A bundle over a limit is an error wrapping [ErrLimit] and
// [ErrMalformed].
const (
	// MaxImportBytes is the largest bundle Import reads: 64 MiB. The seed
	// scenario's plan is about 25 KB and each audit event adds about 2 KB,
	// so a plan with a trail of 30,000 events still fits.
	MaxImportBytes = 64 << 20
	// MaxDepth is the deepest nesting of JSON objects and arrays Import
	// reads. The bundles [Export] writes nest 11 deep (a coded answer in a
	// group item of a QuestionnaireResponse); 64 leaves room for the nested
	// extensions and items of resources from other systems.
	MaxDepth = 64
	// MaxBundleDepth is the deepest nesting of resources inside bundle
	// entries: the bundle Import reads is level 0, its entries' resources
	// level 1, the entries of a Bundle held in an entry level 2, and so on.
	// Each level of Bundle inside a Bundle is decoded once more by
	// encoding/json, so this bound is what keeps the cost linear.
	MaxBundleDepth = 4
)

// ErrLimit is wrapped by the error [Import] returns for a bundle over one of
// its limits ([MaxImportBytes], [MaxDepth], [MaxBundleDepth]).
var ErrLimit = errors.New("fhir: bundle over a limit")

// checkLimits checks b against the limits in one pass over its bytes. It
// does not check that b is valid JSON; the decoder does that afterwards.
// Keys are compared as encoding/json matches them to fields: unescaped and
// case-folded.
func checkLimits(b []byte) error {
	if len(b) > MaxImportBytes {
		return limitError("the bundle is " + strconv.Itoa(len(b)) + " bytes, more than MaxImportBytes (" + strconv.Itoa(MaxImportBytes) + ")")
	}
	type frame struct {
		object   bool // an object, not an array
		resource bool // the value of a "resource" member
	}
	var (
		stack     = make([]frame, 0, 16)
		resources int  // frames with resource set
		expectKey bool // the next string in this object is a key
		key       bool // the last key read was "resource"
	)
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '"':
			end, err := stringEnd(b, i)
			if err != nil {
				return nil // the decoder reports the syntax error
			}
			if expectKey {
				key = isResourceKey(b[i:end])
				expectKey = false
			}
			i = end - 1
		case '{', '[':
			if len(stack) == MaxDepth {
				return limitError("JSON nested deeper than MaxDepth (" + strconv.Itoa(MaxDepth) + ") at byte " + strconv.Itoa(i))
			}
			f := frame{object: c == '{', resource: c == '{' && key && len(stack) > 0 && stack[len(stack)-1].object}
			if f.resource {
				if resources == MaxBundleDepth {
					return limitError("resources nested deeper than MaxBundleDepth (" + strconv.Itoa(MaxBundleDepth) + ") at byte " + strconv.Itoa(i))
				}
				resources++
			}
			stack = append(stack, f)
			expectKey, key = f.object, false
		case '}', ']':
			if len(stack) == 0 {
				return nil
			}
			if stack[len(stack)-1].resource {
				resources--
			}
			stack = stack[:len(stack)-1]
			expectKey, key = false, false
		case ',':
			expectKey = len(stack) > 0 && stack[len(stack)-1].object
			key = false
		case ':':
			// the value of the key just read follows
		case ' ', '\t', '\r', '\n':
		default:
			key = false // a scalar value
		}
	}
	return nil
}

// isResourceKey reports whether the JSON string raw (with its quotes) is a
// key encoding/json would match to a field named "resource".
func isResourceKey(raw []byte) bool {
	const name = "resource"
	// Each letter takes at most 6 bytes: a \uXXXX escape, or a 3-byte
	// rune that folds to it (the Kelvin sign to k).
	if len(raw) > 2+6*len(name) {
		return false
	}
	s := string(raw[1 : len(raw)-1])
	if strings.IndexByte(s, '\\') >= 0 && json.Unmarshal(raw, &s) != nil {
		return false
	}
	return strings.EqualFold(s, name)
}

func limitError(msg string) error {
	return fmt.Errorf("%w: %w: %s", ErrMalformed, ErrLimit, msg)
}

// jsonError returns err, an error of encoding/json, without the input it
// may quote: a syntax error keeps its offset and a type error the field and
// Go type, but neither keeps the value (a number, a character) it found.
func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &DecodeError{Offset: se.Offset}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		t := ""
		if te.Type != nil {
			t = te.Type.String()
		}
		return &DecodeError{Offset: te.Offset, Field: te.Field, Type: t}
	}
	var ve *TypeError
	if errors.As(err, &ve) {
		return ve
	}
	var de *DecodeError
	if errors.As(err, &de) {
		return de
	}
	if errors.Is(err, errSyntax) {
		return errSyntax
	}
	return &DecodeError{Offset: -1}
}

// DecodeError reports JSON that [Import] could not decode. It names where
// and what was expected, never the value found, so a number or text from
// the bundle is not echoed into a log.
//
// The zero value reports a syntax error at byte 0. A DecodeError is a plain
// value, safe for concurrent use.
type DecodeError struct {
	// Offset is the byte offset in the JSON where the error was found,
	// counted from the start of the resource or bundle being decoded, or -1
	// if unknown.
	Offset int64
	// Field is the dotted path of the JSON field whose value has the wrong
	// type, such as "extension.valueInteger", or "" for a syntax error.
	Field string
	// Type is the Go type the value should have decoded into, such as
	// "int", or "" for a syntax error.
	Type string
}

// Error returns "fhir: JSON syntax error at byte <n>" or "fhir: JSON value
// of <field> is not a <type>".
func (e *DecodeError) Error() string {
	switch {
	case e.Type != "":
		f := e.Field
		if f == "" {
			f = "the value"
		}
		return "fhir: JSON value of " + f + " is not a " + e.Type
	case e.Offset < 0:
		return "fhir: JSON that cannot be decoded"
	}
	return "fhir: JSON syntax error at byte " + strconv.FormatInt(e.Offset, 10)
}
