//go:build goexperiment.jsonv2

package cohort

import (
	"encoding/json"
	"encoding/json/jsontext"
	jsonv2 "encoding/json/v2"
	"reflect"
)

// v1Like are the options that make encoding/json/v2 read what encoding/json
// reads: field names matched without regard to case, a repeated name taken
// at its last value, invalid UTF-8 replaced.
var v1Like = jsonv2.JoinOptions(jsonv2.MatchCaseInsensitiveNames(true), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))

// decode decodes one input line into v (a pointer) with encoding/json/v2,
// which the toolchain offers under GOEXPERIMENT=jsonv2 and decodes plans
// several times faster. A line it does not take is decoded again, from the
// zero value, with encoding/json, whose result and error are the answer: the
// tables and rejects are those of the encoding/json build, line for line.
func decode(b []byte, v any) error {
	if jsonv2.Unmarshal(b, v, v1Like) == nil {
		return nil
	}
	reflect.ValueOf(v).Elem().SetZero()
	return json.Unmarshal(b, v)
}
