package wording_test

import (
	"fmt"

	"github.com/recoverykit/recovery/wording"
)

func ExampleCheck() {
	text := "Client is a former addict, non-compliant with meds, got clean in May."
	for _, f := range wording.Check(text, wording.WhoseTeam, nil) {
		fmt.Printf("%-13s %q -> %s (%s)\n", f.Rule, text[f.Start:f.End], f.Prefer, f.Source)
	}
	// Output:
	// former-addict "former addict" -> person in recovery; person in long-term recovery (nida)
	// non-compliant "non-compliant" -> chooses not to; has concerns about (clinical-notes)
	// clean         "got clean" -> in recovery; abstinent; not currently using (nida)
}
