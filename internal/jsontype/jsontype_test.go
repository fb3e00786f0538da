package jsontype_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/internal/jsontype"
)

type sample struct {
	ID       uuid.UUID `json:"id" validate:"required"`
	Name     string    `json:"name,omitempty"`
	At       time.Time `json:"at,omitzero"`
	Plain    int
	Skipped  string `json:"-"`
	unexport int
}

func TestFields(t *testing.T) {
	fs := jsontype.Fields(reflect.TypeFor[sample]())
	var names []string
	var optional []bool
	for _, f := range fs {
		names = append(names, f.Name)
		optional = append(optional, f.Optional)
	}
	assert.Equal(t, []string{"id", "name", "at", "Plain"}, names)
	assert.Equal(t, []bool{false, true, true, false}, optional)
	assert.Equal(t, "required", fs[0].Tag.Get("validate"))
	assert.Equal(t, fs, jsontype.Fields(reflect.TypeFor[sample]()), "cached")

	f, ok := jsontype.Lookup(fs, "NAME")
	assert.True(t, ok)
	assert.Equal(t, "name", f.Name)
	_, ok = jsontype.Lookup(fs, "nickname")
	assert.False(t, ok)

	assert.True(t, jsontype.IsTime(reflect.TypeFor[time.Time]()))
	assert.True(t, jsontype.IsText(reflect.TypeFor[uuid.UUID]()))
	assert.False(t, jsontype.IsText(reflect.TypeFor[string]()))
	_ = sample{}.unexport
}
