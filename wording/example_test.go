package wording_test

import (
	"fmt"

	"github.com/recoverykit/recovery/wording"
)

func ExampleCheck() {
	note := "Pt is a former addict, non-compliant with meds, got clean in May. " +
		`She said "I'm an addict and proud of my 2 years". Attends Alcoholics Anonymous.`
	for _, f := range wording.Check(note, wording.WhoseTeam, nil) {
		r, _ := f.Rule.Rule("en")
		fmt.Printf("%-14s %-16q -> %s (%s)\n", f.Rule, note[f.Start:f.End], r.Prefer, r.Source)
	}
	// The person's own words are never flagged.
	fmt.Println(len(wording.Check("I'm Sam and I'm an alcoholic", wording.WhosePerson, nil)))
	// Output:
	// addict         "addict"         -> person with a substance use disorder; person who uses drugs; person in recovery (nida)
	// non-compliant  "non-compliant"  -> chooses not to; has concerns about; has not taken the medication as prescribed (clinical-notes)
	// clean-person   "got clean"      -> in recovery; in remission; not currently using; abstinent (nida)
	// 0
}

func ExampleAppendCheck() {
	// One buffer serves every call, as a note is typed: once it has room,
	// checking allocates nothing.
	var flags []wording.Flag
	for _, typed := range []string{"Clt tested", "Clt tested dirty", "Clt tested dirty, is non-compliant"} {
		flags = wording.AppendCheck(flags[:0], typed, wording.WhoseTeam, nil)
		fmt.Println(len(flags), flags)
	}
	// Output:
	// 0 []
	// 1 [dirty-test@4-16]
	// 2 [dirty-test@4-16 non-compliant@21-34]
}

func ExampleCheck_spanish() {
	note := "Paciente incumplidor, dio sucio para cocaína. Asiste a Alcohólicos Anónimos."
	for _, f := range wording.Check(note, wording.WhoseTeam, &wording.Options{Language: "es-MX"}) {
		fmt.Printf("%s %q\n", f.Rule, note[f.Start:f.End])
	}
	// Output:
	// non-compliant "incumplidor"
	// dirty-test "dio sucio"
}
