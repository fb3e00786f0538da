package wording

import (
	"strings"
	"testing"
)

// TestWordHash compares the hashes skim gives a plain word, from its block
// (wordHash) and from the text (hashAt), with plainKeyHash of the word in
// lower case, the hash the tables are built with: at every length a block
// holds, at every place, with word bytes around it.
func TestWordHash(t *testing.T) {
	const letters = "aB3xQz9Kt0LmwRv"
	var pad [blockRead]byte
	for i := range pad {
		pad[i] = letters[i%len(letters)]
	}
	text := string(pad[:])
	for n := 1; n <= blockSize; n++ {
		for s := 0; s+n <= blockSize; s++ {
			w := text[s : s+n]
			want := plainKeyHash(strings.ToLower(w))
			if got := wordHash(&pad, uint(s), uint(s+n)); got != want {
				t.Fatalf("wordHash of %q at %d: %#x, want %#x", w, s, got, want)
			}
			c := checker{text: text}
			if got := c.hashAt(s, s+n); got != want {
				t.Fatalf("hashAt of %q at %d: %#x, want %#x", w, s, got, want)
			}
			c.text = text[:s+n] // the word ends the text
			if got := c.hashAt(s, s+n); got != want {
				t.Fatalf("hashAt of %q at the end: %#x, want %#x", w, got, want)
			}
		}
	}
}
