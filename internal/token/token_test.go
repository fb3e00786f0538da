package token_test

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/token"
)

type word struct {
	Text       string
	Break, Dot bool
}

func scan(text string, dashes bool) []word {
	s := token.Scanner{Text: text, Dashes: dashes}
	var out []word
	for {
		w, ok := s.Next()
		if !ok {
			return out
		}
		out = append(out, word{text[w.Start:w.End], w.Break, w.Dot})
	}
}

func TestScanner(t *testing.T) {
	tests := []struct {
		text   string
		dashes bool
		want   []word
	}{
		{"", false, nil},
		{"  ,, ", false, nil},
		{"I’ll call 3 landlords", false, []word{{"I’ll", false, false}, {"call", false, false}, {"3", false, false}, {"landlords", false, false}}},
		{"check-in at 9:30, 1.5 miles", false, []word{{"check-in", false, false}, {"at", false, false}, {"9:30", false, false}, {"1.5", false, false}, {"miles", false, false}}},
		{"by 3/9 or 2026-03-09", false, []word{{"by", false, false}, {"3/9", false, false}, {"or", false, false}, {"2026-03-09", false, false}}},
		{"10,000 steps, 1,5 and 1,2345", false, []word{{"10,000", false, false}, {"steps", false, false}, {"1", false, false}, {"5", false, false}, {"and", false, false}, {"1", false, false}, {"2345", false, false}}},
		{"Dec. 15", false, []word{{"Dec", false, false}, {"15", true, true}}},
		{"done.. Next", false, []word{{"done", false, false}, {"Next", true, false}}},
		{"done.\nNext", false, []word{{"done", false, false}, {"Next", true, false}}},
		{"a (b) c; d!e?f:g", false, []word{{"a", false, false}, {"b", true, false}, {"c", true, false}, {"d", true, false}, {"e", true, false}, {"f", true, false}, {"g", true, false}}},
		{"- trailing- 'quote' it's", false, []word{{"trailing", false, false}, {"quote", false, false}, {"it's", false, false}}},
		{"mañana, más café", false, []word{{"mañana", false, false}, {"más", false, false}, {"café", false, false}}},
		{"non–compliant", false, []word{{"non", false, false}, {"compliant", false, false}}},
		{"non–compliant non—x", true, []word{{"non–compliant", false, false}, {"non—x", false, false}}},
		{"non‐compliant", false, []word{{"non‐compliant", false, false}}},
		{"a\xffb", false, []word{{"a", false, false}, {"b", false, false}}},
		{"🙂 ok", false, []word{{"ok", false, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, scan(tt.text, tt.dashes))
		})
	}
}

// TestScannerRuns puts every byte at every place of a run of letters longer
// than the scanner's eight-byte steps: the word ends at that byte unless the
// byte is a letter, a digit or a connector between letters.
func TestScannerRuns(t *testing.T) {
	for b := 0; b < 256; b++ {
		for p := 1; p < 20; p++ {
			text := strings.Repeat("a", p) + string([]byte{byte(b)}) + strings.Repeat("B", 20-p)
			s := token.Scanner{Text: text}
			w, ok := s.Next()
			require.True(t, ok)
			joins := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '-' || b == '\''
			if joins {
				require.Equal(t, len(text), w.End, "byte %#x at %d", b, p)
				require.True(t, s.ASCII(), "byte %#x at %d", b, p)
				require.Equal(t, b == '-' || b == '\'', s.Joined(), "byte %#x at %d", b, p)
			} else {
				require.Equal(t, p, w.End, "byte %#x at %d", b, p)
				require.True(t, s.ASCII(), "byte %#x at %d", b, p)
				require.False(t, s.Joined(), "byte %#x at %d", b, p)
			}
		}
	}
}

// TestScannerASCII checks the scanner's report of a word's bytes: a letter
// of more than one byte, or a connector of three, anywhere in a long word,
// makes it not ASCII.
func TestScannerASCII(t *testing.T) {
	for _, tt := range []struct {
		text          string
		ascii, joined bool
	}{
		{"abcdefghijklmnop", true, false},
		{"abcdefghijklmnopé", false, false},
		{"éabcdefghijklmnop", false, false},
		{"abcdefghéijklmnop", false, false},
		{"abcdefgh’ijklmnop", false, true},
		{"abcdefgh-ijklmnop", true, true},
		{"10,000", true, true},
	} {
		s := token.Scanner{Text: tt.text}
		w, ok := s.Next()
		require.True(t, ok, tt.text)
		require.Equal(t, len(tt.text), w.End, tt.text)
		require.Equal(t, tt.ascii, s.ASCII(), tt.text)
		require.Equal(t, tt.joined, s.Joined(), tt.text)
	}
}

func TestScannerPos(t *testing.T) {
	s := token.Scanner{Text: "one two"}
	_, ok := s.Next()
	require.True(t, ok)
	assert.Equal(t, 3, s.Pos())
	_, ok = s.Next()
	require.True(t, ok)
	_, ok = s.Next()
	assert.False(t, ok)
	assert.Equal(t, 7, s.Pos())
}

// TestASCIIWordBits puts every byte at every place of eight.
func TestASCIIWordBits(t *testing.T) {
	for b := range 256 {
		for at := range 8 {
			buf := []byte("a0Zz9Aqx")
			buf[at] = byte(b)
			want := uint8(0xFF)
			if token.Class[b]&token.ClassWord == 0 {
				want &^= 1 << at
			}
			require.Equal(t, want, token.ASCIIWordBits(binary.LittleEndian.Uint64(buf)), "byte %#x at %d", b, at)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		in   string
		size int
		want string
		ok   bool
	}{
		{"Friday", 16, "friday", true},
		{"I’LL", 16, "i'll", true},
		{"Más", 16, "mas", true},
		{"MAÑANA", 16, "manana", true},
		{"Miércoles", 16, "miercoles", true},
		{"toolongword", 4, "", false},
		{"日本", 16, "", false},
		{"", 4, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			buf := make([]byte, tt.size)
			got, ok := token.Fold(buf, tt.in)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, string(got))
			}
		})
	}
}

func TestEqualFold(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Friday", "friday", true},
		{"I’ll", "i'll", true},
		{"más", "MAS", true},
		{"mas", "más!", false},
		{"日本", "日本", true},
		{"日本", "日", false},
		{"a", "b", false},
		{"", "", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, token.EqualFold(tt.a, tt.b), "%q %q", tt.a, tt.b)
	}
}

func TestUTF16Offset(t *testing.T) {
	text := "café 🙂 by Friday"
	for off := 0; off <= len(text); off++ {
		if !utf8.RuneStart(text[min(off, len(text)-1)]) && off < len(text) {
			continue
		}
		want := len(utf16.Encode([]rune(text[:off])))
		assert.Equal(t, want, token.UTF16Offset(text, off), "offset %d", off)
	}
	assert.Equal(t, 0, token.UTF16Offset(text, -1))
	assert.Equal(t, len(utf16.Encode([]rune(text))), token.UTF16Offset(text, 1000))

	c := token.UTF16Counter{Text: text}
	assert.Equal(t, 5, c.Offset(6))  // after "café "
	assert.Equal(t, 8, c.Offset(11)) // after the emoji (two units) and a space
	assert.Equal(t, 3, c.Offset(3))  // earlier: counts again
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{"I’ll call 3 landlords", "Dec. 15", "non–compliant", "a\xffb", "10,000 1,2345"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := token.Scanner{Text: text, Dashes: true}
		last := 0
		for {
			w, ok := s.Next()
			if !ok {
				break
			}
			require.GreaterOrEqual(t, w.Start, last)
			require.Greater(t, w.End, w.Start)
			ascii := true
			for i := w.Start; i < w.End; i++ {
				ascii = ascii && text[i] < utf8.RuneSelf
			}
			require.Equal(t, ascii, s.ASCII())
			joined := false
			for i := w.Start; i < w.End; i++ {
				joined = joined || token.Class[text[i]]&token.ClassWord == 0 && utf8.RuneStart(text[i]) && token.Class[text[i]] != token.ClassHigh
			}
			if joined {
				require.True(t, s.Joined(), "an ASCII connector in %q", text[w.Start:w.End])
			}
			if utf8.ValidString(text) {
				require.True(t, utf8.RuneStart(text[w.Start]))
				require.True(t, w.End == len(text) || utf8.RuneStart(text[w.End]))
			}
			last = w.End
		}
	})
}
