package deidentify_test

import (
	"testing"
	"unicode/utf8"

	"github.com/recoverykit/recovery/deidentify"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/recoverytest"
)

// FuzzScrub runs kept text through de-identification: never a panic, valid
// UTF-8 stays valid, and scrubbing twice changes nothing more.
func FuzzScrub(f *testing.F) {
	for _, s := range []string{
		"call me on +1 (555) 014-2222 x12", "DOB 3/14/1980", "1428 Elm Street, Apt 3B", "Sam at sam@example.org",
		"MRN: 00412345", "1-800-FLOWERS", "５５５-０１４-２２２２", "by April 15 at 9 am", "", "\xff\xfe",
	} {
		f.Add(s)
	}
	opts := &deidentify.Options{KeepText: true}
	f.Fuzz(func(t *testing.T, s string) {
		p := recoverytest.IdentifyingScenario()
		p.Vision = phi.Words(s)
		once := deidentify.Plan(p, testKey, opts).Vision
		if utf8.ValidString(s) && !utf8.ValidString(string(once)) {
			t.Fatalf("valid UTF-8 became invalid")
		}
		p.Vision = once
		if twice := deidentify.Plan(p, testKey, opts).Vision; twice != once {
			t.Fatalf("a second scrub changed the text again")
		}
	})
}
