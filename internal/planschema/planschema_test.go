package planschema_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/planschema"
)

type colour string

func (c colour) IsValid() bool { return c == "red" || c == "blue" }

func colours() []colour { return []colour{"red", "blue"} }

type item struct {
	ID    uuid.UUID `json:"id" validate:"required"`
	Note  string    `json:"note,omitempty" validate:"max=5"`
	Count *int      `json:"count,omitempty" validate:"omitempty,min=0,max=3"`
}

type thing struct {
	ID      uuid.UUID `json:"id" validate:"required"`
	Colour  colour    `json:"colour" validate:"valid"`
	Shade   colour    `json:"shade,omitempty" validate:"omitempty,valid"`
	Colours []colour  `json:"colours,omitempty" validate:"max=2,dive,valid"`
	Items   []item    `json:"items,omitempty" validate:"dive"`
	Tags    []string  `json:"tags" validate:"dive,required,max=10"`
	At      time.Time `json:"at"`
	Next    *item     `json:"next"`
	Hidden  string    `json:"-"`
	Score   float64   `json:"score"`
	Flag    bool      `json:"flag,omitempty"`
}

func TestSchema(t *testing.T) {
	b, err := planschema.Schema(reflect.TypeFor[thing](), []planschema.Enum{planschema.EnumOf(colours)}, "Thing", "A thing.")
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(b, &doc))
	defs := doc["$defs"].(map[string]any)
	th := defs["planschema_test.thing"].(map[string]any)
	assert.Equal(t, []any{"id", "colour"}, th["required"], "only what rejects the zero value, which null and a missing key decode to")
	assert.Equal(t, false, th["additionalProperties"])
	props := th["properties"].(map[string]any)
	assert.NotContains(t, props, "Hidden")
	assert.Equal(t, map[string]any{"$ref": "#/$defs/planschema_test.colour"}, props["colour"])
	assert.Equal(t, []any{"red", "blue"}, defs["planschema_test.colour"].(map[string]any)["enum"])
	assert.Equal(t, float64(2), props["colours"].(map[string]any)["anyOf"].([]any)[1].(map[string]any)["maxItems"])
	tags := props["tags"].(map[string]any)
	assert.NotNil(t, tags["anyOf"], "a slice without omitempty may be null")
	assert.Equal(t, map[string]any{"type": "string", "minLength": float64(1), "maxLength": float64(10)},
		tags["anyOf"].([]any)[1].(map[string]any)["items"])
	it := defs["planschema_test.item"].(map[string]any)["properties"].(map[string]any)
	assert.Equal(t, map[string]any{"type": "integer", "minimum": float64(0), "maximum": float64(3)}, it["count"].(map[string]any)["anyOf"].([]any)[1])
	assert.Equal(t, []any{map[string]any{"type": "null"}, map[string]any{"type": "string", "format": "date-time"}}, props["at"].(map[string]any)["anyOf"])
	assert.Equal(t, map[string]any{"$ref": "#/$defs/planschema_test.colour"}, props["colour"], "a required field is never null")
	assert.Equal(t, []any{map[string]any{"type": "null"}, map[string]any{"anyOf": []any{
		map[string]any{"const": ""}, map[string]any{"$ref": "#/$defs/planschema_test.colour"},
	}}}, props["shade"].(map[string]any)["anyOf"], "an optional code may be empty")
	again, err := planschema.Schema(reflect.TypeFor[thing](), []planschema.Enum{planschema.EnumOf(colours)}, "Thing", "A thing.")
	require.NoError(t, err)
	assert.Equal(t, b, again, "deterministic")
}

type unknownRule struct {
	Name string `json:"name" validate:"alpha"`
}

type unlisted struct {
	Colour colour `json:"colour"`
}

type diveNotSlice struct {
	Name string `json:"name" validate:"dive"`
}

func TestSchemaErrors(t *testing.T) {
	for _, ty := range []reflect.Type{reflect.TypeFor[unknownRule](), reflect.TypeFor[unlisted](), reflect.TypeFor[diveNotSlice]()} {
		_, err := planschema.Schema(ty, nil, "", "")
		assert.Error(t, err, ty.String())
	}
}

func TestGenerate(t *testing.T) {
	b, err := planschema.Generate()
	require.NoError(t, err)
	assert.True(t, json.Valid(b))
}
