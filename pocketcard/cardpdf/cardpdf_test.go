package cardpdf_test

import (
	"bytes"
	"compress/zlib"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/pocketcard"
	"github.com/recoverykit/recovery/pocketcard/cardpdf"
	"github.com/recoverykit/recovery/recoverytest"
)

var update = flag.Bool("update", false, "rewrite golden files")

var at = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

func withSafety() recovery.Plan {
	p := recoverytest.Scenario()
	p.Safety = &crisis.SafetyPlan{
		ID:               recoverytest.ScenarioID(recoverytest.KindCrisis, 2),
		WarningSigns:     []phi.Words{"I stop answering texts"},
		AskForHelp:       []crisis.Contact{{Name: "Sam", Relationship: "brother", Phone: "555-0144"}},
		ProfessionalHelp: []crisis.Contact{{Name: "Crisis line", Phone: "988"}},
		ReasonsForLiving: []phi.Words{"My daughter"},
	}
	return p
}

func scripts() recovery.Plan {
	p := recoverytest.Scenario()
	p.Overdose.NaloxoneCarrier.Name = "Ольга"
	p.Overdose.CheckIn.Name = "Νίκος"
	p.Overdose.NaloxoneLocation = "Zürich, Kraków, Hà Nội"
	p.Overdose.EmergencyNumbers = []phi.Phone{"112", "+30 210 123 4567 8901 2345"}
	return p
}

func write(t *testing.T, p recovery.Plan, lang string) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, cardpdf.Write(&b, p, at, &pocketcard.Options{Lang: lang}))
	return b.Bytes()
}

// text returns the text of the PDF's page contents: each zlib stream that
// holds text operators, with the UTF-16 strings fpdf writes decoded.
func text(t *testing.T, pdf []byte) string {
	t.Helper()
	var out []rune
	streams := regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
	for _, m := range streams.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		d, err := io.ReadAll(r)
		if err != nil || !bytes.Contains(d, []byte(")Tj")) {
			continue
		}
		for _, s := range regexp.MustCompile(`(?s)\((.*?)\)Tj`).FindAllSubmatch(d, -1) {
			raw := unescape(s[1])
			u := make([]uint16, len(raw)/2)
			for i := range u {
				u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
			}
			out = append(out, utf16.Decode(u)...)
			out = append(out, '\n')
		}
	}
	return string(out)
}

// unescape undoes the backslash escapes of a PDF literal string.
func unescape(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+1 < len(b) {
			i++
			switch b[i] {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			default:
				out = append(out, b[i])
			}
			continue
		}
		out = append(out, b[i])
	}
	return out
}

func TestWritePages(t *testing.T) {
	tests := []struct {
		name  string
		plan  recovery.Plan
		pages int
	}{
		{"overdose card", recoverytest.Scenario(), 2},
		{"overdose and safety cards", withSafety(), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := write(t, tt.plan, "en")
			require.True(t, bytes.HasPrefix(b, []byte("%PDF-")))
			m := regexp.MustCompile(`/Count (\d+)`).FindSubmatch(b)
			require.NotNil(t, m)
			n, _ := strconv.Atoi(string(m[1]))
			assert.Equal(t, tt.pages, n)
			box := regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`).FindSubmatch(b)
			require.NotNil(t, box)
			w, _ := strconv.ParseFloat(string(box[1]), 64)
			h, _ := strconv.ParseFloat(string(box[2]), 64)
			assert.InDelta(t, 85.6, w*25.4/72, 0.05)
			assert.InDelta(t, 54.0, h*25.4/72, 0.05)
			assert.Equal(t, 2, bytes.Count(b, []byte("/FontFile2")), "regular and bold embedded")
			assert.Contains(t, string(b), "/URI (tel:911)")
		})
	}
}

func TestWriteScripts(t *testing.T) {
	got := text(t, write(t, scripts(), "en"))
	for _, s := range []string{"Ольга (friend)", "Νίκος (peer specialist)", "Zürich, Kraków, Hà Nội", "+30 210 123 4567 8901 2345", "112", "EMERGENCY"} {
		assert.Contains(t, got, s)
	}
	es := text(t, write(t, withSafety(), "es"))
	for _, s := range []string{"Mi plan para prevenir una sobredosis", "EMERGENCIA", "Tiene naloxona: Alex (friend)", "Mi plan para momentos difíciles", "Lo que me sostiene"} {
		assert.Contains(t, es, s)
	}
	assert.NotContains(t, es, "Emergency")
}

func TestWriteGolden(t *testing.T) {
	got := write(t, withSafety(), "en")
	golden := filepath.Join("testdata", "cards.golden.pdf")
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "go test ./pocketcard/cardpdf -run TestWriteGolden -update")
	assert.Equal(t, got, write(t, withSafety(), "en"), "deterministic")
}

func TestWriteNoCard(t *testing.T) {
	p := recoverytest.Scenario()
	p.Overdose = nil
	assert.ErrorIs(t, cardpdf.Write(io.Discard, p, at, nil), pocketcard.ErrNoCard)
}

// TestWriteOddText writes cards whose text the font or the layout could
// trip on: characters the font lacks, invalid UTF-8, controls, a word longer
// than the card, and every list at its limit.
func TestWriteOddText(t *testing.T) {
	long := strings.Repeat("x", 2000)
	tests := []struct{ name, where, carrier, phone string }{
		{"emoji and CJK", "🙂 背包里 🐦", "山田", "+81 3 1234 5678"},
		{"invalid UTF-8", "in my \xff\xfe bag", "A\x80", "555\xff0142"},
		{"controls and bidi", "a\u202eb\u0000c\r\nd", "\u200f\u2067Sam", "\t555 0142"},
		{"a word longer than the card", long, long, strings.Repeat("9", 40)},
		{"right to left", "مرحبا بكم", "שלום", "+972 3 123 4567"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := recoverytest.Scenario()
			p.Overdose.NaloxoneLocation = phi.Words(tt.where)
			p.Overdose.NaloxoneCarrier.Name = phi.Name(tt.carrier)
			p.Overdose.EmergencyNumbers = append(p.Overdose.EmergencyNumbers, phi.Phone(tt.phone))
			for range 10 {
				p.Overdose.OtherSteps = append(p.Overdose.OtherSteps, phi.Words(tt.where))
			}
			var b bytes.Buffer
			require.NoError(t, cardpdf.Write(&b, p, at, nil))
			assert.Contains(t, b.String(), "/Count 2")
		})
	}
}
