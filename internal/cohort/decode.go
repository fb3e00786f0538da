package cohort

import (
	"encoding/json"
	"reflect"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// v1Like are the options that make github.com/go-json-experiment/json (the
// prototype of encoding/json/v2) read what encoding/json reads: field names
// matched without regard to case, a repeated name taken at its last value,
// invalid UTF-8 replaced.
var v1Like = jsonv2.JoinOptions(jsonv2.MatchCaseInsensitiveNames(true), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))

// decode decodes one input line into v (a pointer). It decodes with
// github.com/go-json-experiment/json, several times as fast as encoding/json
// on plans. A line that decoder does not take is decoded again, from the
// zero value, with encoding/json, whose result and error are the answer, so
// the tables and rejects are those encoding/json would give, line for line
// (FuzzDecodeAsEncodingJSON holds the two to the same plans).
func decode(b []byte, v any) error {
	if jsonv2.Unmarshal(b, v, v1Like) == nil {
		return nil
	}
	reflect.ValueOf(v).Elem().SetZero()
	return json.Unmarshal(b, v)
}
