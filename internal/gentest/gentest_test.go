package gentest_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/internal/gentest"
)

type inner struct {
	ID   uuid.UUID `json:"id"`
	Text string    `json:"text,omitempty"`
	N    int
}

type outer struct {
	Name   string   `json:"-"`
	Parts  []inner  `json:"parts"`
	Maybe  *inner   `json:"maybe"`
	Tags   []string `json:"tags"`
	hidden string
}

func TestFill(t *testing.T) {
	var v outer
	gentest.Fill(reflect.ValueOf(&v).Elem())
	assert.NotEmpty(t, v.Name)
	assert.Len(t, v.Parts, 2)
	assert.Len(t, v.Tags, 2)
	if assert.NotNil(t, v.Maybe) {
		assert.NotEqual(t, uuid.Nil, v.Maybe.ID)
		assert.NotZero(t, v.Maybe.N)
	}
	assert.NotEqual(t, v.Parts[0].ID, v.Parts[1].ID, "every value its own")
	assert.NotEqual(t, v.Parts[0].Text, v.Parts[1].Text)
	assert.Empty(t, v.hidden)
}

func TestJSONName(t *testing.T) {
	typ := reflect.TypeFor[outer]()
	assert.Equal(t, "Name", gentest.JSONName(typ.Field(0)), `"-" keeps the Go name, as the walk does`)
	assert.Equal(t, "parts", gentest.JSONName(typ.Field(1)))
	assert.Equal(t, "text", gentest.JSONName(reflect.TypeFor[inner]().Field(1)))
	assert.Equal(t, "N", gentest.JSONName(reflect.TypeFor[inner]().Field(2)))
}

type loop struct {
	Next *loop
	Text string
}

type anyField struct{ V any }

func TestHolds(t *testing.T) {
	isID := func(t reflect.Type) bool { return t == reflect.TypeFor[uuid.UUID]() }
	assert.True(t, gentest.Holds(reflect.TypeFor[outer](), isID), "an ID in a slice of structs and behind a pointer")
	assert.True(t, gentest.Holds(reflect.TypeFor[map[string]inner](), isID), "a map holding one is reported")
	assert.False(t, gentest.Holds(reflect.TypeFor[[]string](), isID))
	assert.PanicsWithValue(t, "gentest: a recursive type: gentest_test.loop", func() {
		gentest.Holds(reflect.TypeFor[loop](), isID)
	})
	assert.PanicsWithValue(t, "gentest: an interface field: interface {}", func() {
		gentest.Holds(reflect.TypeFor[anyField](), isID)
	})
}

func TestLine(t *testing.T) {
	var b strings.Builder
	gentest.Line(&b, 2, "f(%s, %d)", "x", 3)
	assert.Equal(t, "\t\tf(x, 3)\n", b.String())
}
