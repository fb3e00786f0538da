package vocab_test

import (
	"fmt"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/vocab"
)

// A form shows a dropdown of life areas and a message beside a field, in
// the language of the plan.
func Example() {
	c := vocab.New()
	lang := c.Match("es-MX") // the plan's language tag
	v, _ := c.Vocabulary("goals.Term", lang)
	fmt.Println(v.Label)
	for _, t := range v.Terms {
		fmt.Printf("  %s: %s\n", t.Code, t.Label)
	}
	p := recovery.Problem{Path: "goals[1].steps[0].due", Rule: "after-start"}
	fmt.Println(p.Pointer(), c.Message(p, lang))
	// Output:
	// Plazo
	//   short-term: Corto plazo
	//   long-term: Largo plazo
	// /goals/1/steps/0/due Elige una fecha igual o posterior al inicio.
}
