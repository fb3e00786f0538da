package phi_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/phi"
)

type part struct {
	Words phi.Words   `json:"words"`
	Note  phi.Note    `json:"note"`
	Name  phi.Name    `json:"name"`
	Phone phi.Phone   `json:"phone"`
	Email phi.Email   `json:"email"`
	List  []phi.Words `json:"list"`
	Code  string      `json:"code"`
}

func marked() part {
	return part{Words: "ZQwordsQ", Note: "ZQnoteQ", Name: "ZQnameQ", Phone: "555-0199", Email: "zq@example.org",
		List: []phi.Words{"ZQlistQ"}, Code: "code"}
}

func TestShownWhereTheAppShowsIt(t *testing.T) {
	p := marked()
	assert.Equal(t, "ZQwordsQ", fmt.Sprint(p.Words), "fmt prints the words, as a template does")
	assert.Equal(t, "ZQnameQ 555-0199", fmt.Sprintf("%s %v", p.Name, p.Phone))
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"words":"ZQwordsQ"`, "stored JSON keeps the text")
}

func TestRedactedInLogsAndGoSyntax(t *testing.T) {
	p := marked()
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	log.Info("x", "words", p.Words, "note", p.Note, "name", p.Name, "phone", p.Phone, "email", p.Email, "empty", phi.Words(""))
	out := buf.String()
	assert.NotContains(t, out, "ZQ")
	assert.NotContains(t, out, "555-0199")
	assert.NotContains(t, out, "zq@")
	assert.Contains(t, out, `words=[redacted]`)
	assert.Contains(t, out, `empty=""`)

	gs := fmt.Sprintf("%#v", p)
	assert.NotContains(t, gs, "ZQ", "%%#v of a struct prints every personal field redacted")
	assert.NotContains(t, gs, "555-0199")
	assert.Contains(t, gs, `Words:phi.Words("[redacted]")`)
	assert.Contains(t, gs, `Code:"code"`, "other strings print as they are")
	assert.Equal(t, `phi.Email("")`, fmt.Sprintf("%#v", phi.Email("")))
}

func TestKindOf(t *testing.T) {
	tests := []struct {
		v    any
		want phi.Kind
	}{
		{phi.Words(""), phi.KindWords}, {phi.Note(""), phi.KindNote}, {phi.Name(""), phi.KindName},
		{phi.Phone(""), phi.KindPhone}, {phi.Email(""), phi.KindEmail}, {"", phi.KindNone}, {0, phi.KindNone},
	}
	for _, tt := range tests {
		got := phi.KindOf(reflect.TypeOf(tt.v))
		assert.Equal(t, tt.want, got, "%T", tt.v)
		assert.Equal(t, tt.want != phi.KindNone, got.IsValid())
	}
	assert.Equal(t, []phi.Kind{phi.KindWords, phi.KindNote, phi.KindName, phi.KindPhone, phi.KindEmail, phi.KindID}, phi.Kinds())
	assert.Equal(t, "note", phi.KindNote.String())
	assert.Equal(t, "none", phi.Kind(99).String())
}

func TestBlank(t *testing.T) {
	assert.True(t, phi.Blank(phi.Words(" \t\u00a0\u2003\n")))
	assert.False(t, phi.Blank(phi.Words(" x ")))
	assert.False(t, phi.AnyText([]phi.Words{"", "  "}))
	assert.True(t, phi.AnyText([]phi.Note{"", "a"}))
}

func ExampleWords() {
	goal := phi.Words("I want to find a place to live")
	fmt.Println(goal)            // the person's own screen shows the words
	fmt.Printf("%#v\n", goal)    // debugging output does not
	fmt.Println(goal.LogValue()) // and neither does a log
	// Output:
	// I want to find a place to live
	// phi.Words("[redacted]")
	// [redacted]
}
