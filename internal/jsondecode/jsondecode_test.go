package jsondecode_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/internal/jsondecode"
	"github.com/recoverykit/recovery/internal/validate"
)

type inner struct {
	When time.Time `json:"when"`
	N    int8      `json:"n"`
}

type doc struct {
	ID    uuid.UUID         `json:"id"`
	Name  string            `json:"name"`
	Count uint16            `json:"count"`
	Ratio float32           `json:"ratio"`
	On    bool              `json:"on"`
	List  []inner           `json:"list"`
	Ptr   *inner            `json:"ptr"`
	Map   map[string]int    `json:"map"`
	Any   any               `json:"any"`
	Bytes []byte            `json:"bytes"`
	Text  map[string]string `json:"text,omitempty"`
}

var docType = reflect.TypeFor[doc]()

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts jsondecode.Options
		want []validate.Problem
	}{
		{"valid", `{"id":"10000000-0000-4000-8000-000000000001","name":"a","count":3,"ratio":0.5,"on":true,
			"list":[{"when":"2026-03-02T10:00:00Z","n":-5}],"ptr":null,"map":{"a":1},"any":[1,"x"],"bytes":"AAE="}`, jsondecode.Options{}, nil},
		{"nulls", `{"id":null,"list":[null],"ptr":null}`, jsondecode.Options{}, nil},
		{"wrong types", `{"name":1,"count":"3","on":"yes","list":{},"map":[]}`, jsondecode.Options{}, []validate.Problem{
			{Path: "name", Rule: "type", Param: "string"}, {Path: "count", Rule: "type", Param: "integer"},
			{Path: "on", Rule: "type", Param: "boolean"}, {Path: "list", Rule: "type", Param: "array"},
			{Path: "map", Rule: "type", Param: "object"},
		}},
		{"ranges", `{"count":-1,"list":[{"n":300}],"ratio":1e39}`, jsondecode.Options{}, []validate.Problem{
			{Path: "count", Rule: "range"}, {Path: "list[0].n", Rule: "range"}, {Path: "ratio", Rule: "range"},
		}},
		{"uuid and time", `{"id":"nope","list":[{},{"when":"2026-03-02"}],"ptr":{"when":5}}`, jsondecode.Options{}, []validate.Problem{
			{Path: "id", Rule: "uuid"}, {Path: "list[1].when", Rule: "date-time"}, {Path: "ptr.when", Rule: "type", Param: "string"},
		}},
		{"map values", `{"map":{"a":"x","b c":"y"}}`, jsondecode.Options{}, []validate.Problem{
			{Path: "map.a", Rule: "type", Param: "integer"}, {Path: "map", Rule: "type", Param: "integer"},
		}},
		{"case-insensitive keys", `{"NAME":"a","Count":1}`, jsondecode.Options{}, nil},
		{"unknown ignored", `{"colour":"red"}`, jsondecode.Options{}, nil},
		{"unknown reported", `{"colour":"red","list":[{"x":1}],"é":1}`, jsondecode.Options{DisallowUnknownFields: true}, []validate.Problem{
			{Path: "colour", Rule: "unknown"}, {Path: "list[0].x", Rule: "unknown"}, {Path: "", Rule: "unknown"},
		}},
		{"syntax", `{"name":`, jsondecode.Options{}, []validate.Problem{{Rule: "syntax", Param: "8"}}},
		{"trailing", `{} x`, jsondecode.Options{}, []validate.Problem{{Rule: "syntax", Param: "2"}}},
		{"duplicate keys, each checked", `{"list":[{"n":"","n":0}]}`, jsondecode.Options{}, []validate.Problem{{Path: "list[0].n", Rule: "type", Param: "integer"}}},
		{"not an object", `[1]`, jsondecode.Options{}, []validate.Problem{{Rule: "type", Param: "object"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := jsondecode.Check([]byte(tt.in), docType, tt.opts)
			assert.Equal(t, tt.want, got)
			var d doc
			assert.Equal(t, json.Unmarshal([]byte(tt.in), &d) == nil, len(got) == 0 || tt.opts.DisallowUnknownFields && onlyUnknown(got),
				"Check agrees with encoding/json")
		})
	}
}

func onlyUnknown(ps []validate.Problem) bool {
	for _, p := range ps {
		if p.Rule != "unknown" {
			return false
		}
	}
	return true
}

// FuzzCheck holds Check to encoding/json: no problem exactly when
// json.Unmarshal succeeds, and a DisallowUnknownFields decoder agrees on
// unknown fields.
func FuzzCheck(f *testing.F) {
	f.Add([]byte(`{"id":"10000000-0000-4000-8000-000000000001","list":[{"when":"2026-03-02T10:00:00Z","n":1}]}`))
	f.Add([]byte(`{"count":"3","map":{"a":"x"},"bytes":"!!"}`))
	f.Add([]byte(`{"LIST":[{"N":1e2}],"x":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got := jsondecode.Check(data, docType, jsondecode.Options{})
		var d doc
		err := json.Unmarshal(data, &d)
		if (err == nil) != (len(got) == 0) {
			t.Fatalf("encoding/json: %v; Check: %v", err, got)
		}
		for _, p := range got {
			if p.Rule == "unknown" {
				t.Fatalf("unknown reported without being asked: %v", p)
			}
		}
	})
}

func TestCheckDepth(t *testing.T) {
	deep := func(n int) []byte {
		b := []byte(`{"any":`)
		for range n {
			b = append(b, '[')
		}
		for range n {
			b = append(b, ']')
		}
		return append(b, '}')
	}
	var d doc
	assert.NoError(t, json.Unmarshal(deep(9000), &d))
	assert.Empty(t, jsondecode.Check(deep(9000), docType, jsondecode.Options{}))
	assert.Error(t, json.Unmarshal(deep(20000), &d))
	got := jsondecode.Check(deep(20000), docType, jsondecode.Options{})
	if assert.Len(t, got, 1) {
		assert.Equal(t, "syntax", got[0].Rule)
	}
}
