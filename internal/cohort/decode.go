package cohort

import (
	"encoding/json"
	"reflect"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
)

// v1Like are the options that make github.com/go-json-experiment/json (the
// prototype of encoding/json/v2) read a plan as encoding/json reads it:
// names matched without regard to case but with their dashes and
// underscores, a repeated name merged into the value before it (so null
// leaves it as it was), invalid UTF-8 replaced, and a time read by
// time.Time's own UnmarshalJSON, which refuses a time written with escapes.
// They are the v1 options (jsonv1.DefaultOptionsV1) that bear on what a
// line of the command's input decodes into; the others concern byte
// slices, durations, ",string" fields, error texts and encoding, none of
// which the command decodes, and cost a fifth of the decoder's speed.
var v1Like = jsonv2.JoinOptions(
	jsonv2.MatchCaseInsensitiveNames(true), jsonv1.MatchCaseSensitiveDelimiter(true),
	jsontext.AllowDuplicateNames(true), jsonv1.MergeWithLegacySemantics(true),
	jsontext.AllowInvalidUTF8(true),
	jsonv2.WithUnmarshalers(jsonv2.UnmarshalFunc(func(b []byte, t *time.Time) error { return t.UnmarshalJSON(b) })))

// decode decodes one input line into v (a pointer). It decodes with
// github.com/go-json-experiment/json, about twice as fast as encoding/json
// on plans. A line that decoder does not take is decoded again, from the
// zero value, with encoding/json, whose result and error are the answer, so
// the tables and rejects are those encoding/json would give, line for line
// (FuzzDecodeAsEncodingJSON and TestDecodeVariants hold the two to the same
// values).
func decode(b []byte, v any) error {
	if jsonv2.Unmarshal(b, v, v1Like) == nil {
		return nil
	}
	reflect.ValueOf(v).Elem().SetZero()
	return json.Unmarshal(b, v)
}
