package vocab_test

import (
	"fmt"

	"golang.org/x/text/language"

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

// A host adds French for the codes it shows and rewords one English
// message; everything else falls back to English, and the built-in
// catalogue is unchanged.
func ExampleCatalogue_With() {
	c := vocab.New().With(language.French, vocab.Entries{
		Terms:    map[string]vocab.Term{"goals.Term/short-term": {Label: "Court terme", Help: "Pour les semaines à venir."}},
		Messages: map[string]string{"rule/after-start": "Choisissez une date après le début."},
	}).With(language.English, vocab.Entries{
		Messages: map[string]string{"rule/required": "Please fill this in."},
	})
	fr := c.Match("fr-CA")
	v, _ := c.Vocabulary("goals.Term", fr)
	fmt.Println(fr, v.Terms[0].Label, "/", v.Terms[1].Label)
	fmt.Println(c.Message(recovery.Problem{Path: "goals[0].due", Rule: "after-start"}, fr))
	fmt.Println(c.Message(recovery.Problem{Path: "id", Rule: "required"}, fr))
	fmt.Println(len(c.Missing(fr)) > 0, len(vocab.New().Languages()))
	// Output:
	// fr Court terme / Long-term
	// Choisissez une date après le début.
	// Please fill this in.
	// true 2
}
