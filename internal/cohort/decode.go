//go:build !goexperiment.jsonv2

package cohort

import "encoding/json"

// decode decodes one input line into v (a pointer).
func decode(b []byte, v any) error { return json.Unmarshal(b, v) }
