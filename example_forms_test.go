package recovery_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/vocab"
)

// A form posts a plan whose step date has no time and whose supporter ID is
// not a UUID: DecodePlan names both fields, and vocab words them for the
// person.
func ExampleDecodePlan() {
	posted := `{
	  "id": "10000000-0000-4000-8000-000000000001", "version": 1, "status": "draft",
	  "personId": "P-0001", "created": "2026-03-02T10:00:00Z",
	  "goals": [{"id": "20000000-0000-4000-8000-000000000001", "statement": "Find a place to live",
	             "area": "housing", "term": "short-term", "status": "active",
	             "steps": [{"id": "30000000-0000-4000-8000-000000000001", "action": "Call two landlords", "due": "2026-04-01"}]}],
	  "supports": [{"id": "sam", "name": "Sam", "role": "family"}]
	}`
	_, err := recovery.DecodePlan(strings.NewReader(posted))
	var ve *recovery.ValidationError
	if errors.As(err, &ve) {
		c := vocab.New()
		lang := c.Match("es")
		for _, p := range ve.Problems {
			fmt.Printf("%-22s %-10s %s\n", p.Pointer(), p.Rule, c.Message(p, lang))
		}
	}
	// Output:
	// /goals/0/steps/0/due   date-time  Indica una fecha y una hora.
	// /supports/0/id         uuid       Este identificador no tiene la forma correcta.
}

// The schema lists every code of an enum in its order, for a form's
// dropdown.
func ExampleJSONSchema() {
	var s struct {
		Defs map[string]struct {
			Enum []any `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(recovery.JSONSchema(), &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Defs["goals.Term"].Enum)
	fmt.Println(s.Defs["recovery.Status"].Enum)
	// Output:
	// [short-term long-term]
	// [draft active on-hold revoked completed]
}
