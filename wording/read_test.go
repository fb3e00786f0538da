package wording_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/token"
	"github.com/recoverykit/recovery/wording"
)

// readCases are texts whose words Check's own reading must split as
// token.Scanner (with Dashes) does: every kind of gap and connector, at
// every place of a 64-byte block.
var readCases = []string{
	"",
	" ",
	"word",
	"Met w/ pt for 1:1 today. She went to 3 NA meetings, f/u Friday.",
	"non-compliant non–compliant non—compliant it's it’s Pt's 9:30 3/9 10,000 1.5 2026-03-09",
	"café señor «comillas» “quotes” ‘single’ naïve pt—who tested—dirty",
	"a  b\t\tc\nd\r\ne (f) [g] {h} i; j! k? l: m\" n'",
	"12,34 1,2345 a,b 1.a a.1 a:b 1:b a/1 -a a- 'a a' --a a--b",
	strings.Repeat("abcdefghij", 7) + " x " + strings.Repeat("y", 130) + " z",
	"\xff\xfeabc \xc3 def \xe2\x80 ghi \xe2\x80\x93jkl mno\xe2\x80\x93pqr",
	"ABC DEF GHIJKLMNOP QRSTUVWXYZ 0123456789 abcdefgh ijklmnopq",
}

func TestReadWords(t *testing.T) {
	for _, text := range readCases {
		for shift := range 70 {
			checkReadWords(t, strings.Repeat(" ", shift)+text)
			checkReadWords(t, strings.Repeat("ab ", shift/3)+text+strings.Repeat(".", shift%5))
		}
	}
}

func FuzzReadWords(f *testing.F) {
	for _, text := range readCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkReadWords(t, text)
	})
}

// checkReadWords compares the words Check reads in text with token.Scanner's.
func checkReadWords(t *testing.T, text string) {
	t.Helper()
	var want [][2]int
	sc := token.Scanner{Text: text, Dashes: true}
	for {
		w, ok := sc.Next()
		if !ok {
			break
		}
		want = append(want, [2]int{w.Start, w.End})
	}
	for _, every := range []bool{true, false} {
		n, seen := wording.ReadWords(text, every)
		require.Equal(t, len(want), n, "%q", text)
		if every {
			require.Len(t, seen, n, "%q", text)
		}
		for i, span := range seen {
			require.Equal(t, want[i], span, "word %d of %q", i, text)
		}
	}
}
