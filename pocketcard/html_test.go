package pocketcard_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/pocketcard"
	"github.com/recoverykit/recovery/recoverytest"
)

var update = flag.Bool("update", false, "rewrite golden files")

var htmlCases = []struct {
	name string
	plan func() recovery.Plan
	lang string
}{
	{"english", englishPlan, "en-US"},
	{"spanish", spanishPlan, "es-MX"},
	{"odd_input", oddPlan, ""},
	{"no_check_in_person", noCheckInPlan, "en"},
}

func TestHTMLGolden(t *testing.T) {
	for _, tt := range htmlCases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := pocketcard.HTML(tt.plan(), &pocketcard.Options{Lang: tt.lang})
			require.NoError(t, err)
			golden := filepath.Join("testdata", tt.name+".golden.html")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "go test ./pocketcard -run TestHTMLGolden -update")
			again, err := pocketcard.HTML(tt.plan(), &pocketcard.Options{Lang: tt.lang})
			require.NoError(t, err)
			assert.Equal(t, got, again, "deterministic")
		})
	}
}

// TestHTMLSelfContained checks that a page loads nothing: no script, no
// link, no image, no URL in CSS, and that every link is a tel: link.
func TestHTMLSelfContained(t *testing.T) {
	for _, tt := range htmlCases {
		b, err := pocketcard.HTML(tt.plan(), &pocketcard.Options{Lang: tt.lang})
		require.NoError(t, err)
		s := string(b)
		for _, bad := range []string{"<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http:", "https:"} {
			assert.NotContains(t, strings.ToLower(s), bad, tt.name)
		}
		assert.Equal(t, strings.Count(s, "href="), strings.Count(s, `href="tel:`), tt.name)
		assert.Contains(t, s, "@page { size: 85.6mm 54mm; margin: 0; }")
	}
}

func TestHTMLContent(t *testing.T) {
	tests := []struct {
		name       string
		plan       func() recovery.Plan
		lang       string
		has, hasNo []string
	}{
		{"english", englishPlan, "en", []string{
			`<html lang="en">`, `<a href="tel:911">911</a>`, `<a href="tel:988">988</a>`,
			`Has naloxone: Alex (friend)`, `<a href="tel:555-0142">`[:0] + `<a href="tel:5550142">555-0142</a>`,
			`Check in with: Jordan (peer specialist)`, `By: Text message, Phone call`, `My plan for hard times`,
			`<a href="tel:5550149999">(555) 014-9999</a>`, `What keeps me going`,
		}, []string{"EMERGENCY:", "Other steps:\n"}},
		{"spanish", spanishPlan, "es-MX", []string{
			`<html lang="es">`, `Mi plan para prevenir una sobredosis`, `Emergencia`, `Tiene naloxona: Lucía (mi hermana)`,
			`<a href="tel:&#43;525512345678">&#43;52 55 1234 5678</a>`, `Por: Mensaje, En persona`, `Otros pasos`, `Caduca 2027-01-31`,
			`Mi plan para momentos difíciles`, `Servicios a los que llamar: Línea de la Vida`,
		}, []string{"Emergency", "Other steps", "Has naloxone", "By:"}},
		{"odd input", oddPlan, "", []string{
			`&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;quotes&#34; second line`,
			`Ольга (сестра)`, `Νίκος</span>no digits`, `مرحبا بكم`, `By: Phone call`,
		}, []string{"<script>", "\u202e", "carrier-pigeon", "5 (not shown)", `href="tel:"`}},
		{"no check-in person", noCheckInPlan, "en", []string{"Has naloxone: Alex"}, []string{"By:", "Check in with", "Check on me"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := pocketcard.HTML(tt.plan(), &pocketcard.Options{Lang: tt.lang})
			require.NoError(t, err)
			for _, s := range tt.has {
				assert.Contains(t, string(b), s)
			}
			for _, s := range tt.hasNo {
				assert.NotContains(t, string(b), s)
			}
		})
	}
}

func TestHTMLNoCard(t *testing.T) {
	p := recoverytest.Scenario()
	p.Overdose, p.Safety = nil, nil
	_, err := pocketcard.HTML(p, nil)
	assert.ErrorIs(t, err, pocketcard.ErrNoCard)
}

func TestTel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"911", "tel:911"},
		{"+1 (555) 014-2222", "tel:+15550142222"},
		{"555.0142", "tel:5550142"},
		{"call me", ""},
		{"+", ""},
		{"12+34", "tel:1234"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pocketcard.Tel(tt.in), tt.in)
	}
}

// FuzzHTML draws a card for any overdose plan text: never a panic or an
// error, the person's text always escaped.
func FuzzHTML(f *testing.F) {
	f.Add("In my backpack", "Alex", "555-0142", "Text me")
	f.Add("<b>x</b>", "\u202e", "+1 (555)", "a\nb")
	f.Fuzz(func(t *testing.T, where, name, phone, how string) {
		p := recoverytest.Scenario()
		p.Overdose.NaloxoneLocation = phiWords(where)
		p.Overdose.CheckIn.Name = phiName(name)
		p.Overdose.CheckIn.Phone = phiPhone(phone)
		p.Overdose.CheckInHow = phiWords(how)
		b, err := pocketcard.HTML(p, nil)
		require.NoError(t, err)
		assert.NotContains(t, string(b), "<script")
		assert.Equal(t, 2, strings.Count(string(b), "<section"))
	})
}
