package fhir_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/fhir"
)

// minimalCarePlan is the smallest CarePlan that imports into a valid plan.
const minimalCarePlan = `{"resourceType":"CarePlan","status":"draft","intent":"plan","subject":{"identifier":{"value":"P"}},"id":"60000000-0000-4000-8000-000000000009","created":"2026-03-02"}`

// nested returns a resource holding Bundles inside Bundles: levels Bundles,
// the innermost holding a Patient, with key as the name of the entries'
// "resource" member.
func nested(levels int, key string) string {
	return strings.Repeat(`{"resourceType":"Bundle","type":"collection","entry":[{"`+key+`":`, levels) +
		`{"resourceType":"Patient"}` + strings.Repeat(`}]}`, levels)
}

// bundleOf returns a Bundle holding minimalCarePlan and then the resources.
func bundleOf(resources ...string) string {
	var b strings.Builder
	b.WriteString(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":` + minimalCarePlan + `}`)
	for _, r := range resources {
		b.WriteString(`,{"resource":` + r + `}`)
	}
	b.WriteString(`]}`)
	return b.String()
}

// deepArray returns a Bundle whose JSON nests depth levels deep.
func deepArray(depth int) string {
	// The Bundle object is level 1; each array one more.
	return bundleOf()[:len(bundleOf())-1] + `,"x":` + strings.Repeat("[", depth-1) + strings.Repeat("]", depth-1) + `}`
}

func TestImportLimits(t *testing.T) {
	// The bundle at its size limit, padded with spaces.
	atSize := bundleOf()
	atSize += strings.Repeat(" ", fhir.MaxImportBytes-len(atSize))
	tests := []struct {
		name    string
		in      string
		limited bool
	}{
		{"size at MaxImportBytes", atSize, false},
		{"size MaxImportBytes+1", atSize + " ", true},
		{"depth MaxDepth", deepArray(fhir.MaxDepth), false},
		{"depth MaxDepth+1", deepArray(fhir.MaxDepth + 1), true},
		{"depth far over MaxDepth", deepArray(100000), true},
		// nested(n) inside the bundle puts its Patient at level n+1.
		{"bundles MaxBundleDepth", bundleOf(nested(fhir.MaxBundleDepth-1, "resource")), false},
		{"bundles MaxBundleDepth+1", bundleOf(nested(fhir.MaxBundleDepth, "resource")), true},
		{"bundles far over MaxBundleDepth", bundleOf(nested(5000, "resource")), true},
		{"bundles MaxBundleDepth+1, key in capitals", bundleOf(nested(fhir.MaxBundleDepth, "RESOURCE")), true},
		{"bundles MaxBundleDepth+1, key escaped", bundleOf(nested(fhir.MaxBundleDepth, `re\u0073ource`)), true},
		{"bundles MaxBundleDepth+1, key with a long s", bundleOf(nested(fhir.MaxBundleDepth, "re\u017fource")), true},
		{"bundles MaxBundleDepth+1, another key", bundleOf(nested(fhir.MaxBundleDepth, "resources")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := fhir.Import([]byte(tt.in))
			if !tt.limited {
				assert.NotErrorIs(t, err, fhir.ErrLimit)
				return
			}
			require.ErrorIs(t, err, fhir.ErrLimit)
			assert.ErrorIs(t, err, fhir.ErrMalformed)
			assert.Less(t, len(err.Error()), 200, "the message is short and quotes nothing")
		})
	}
}

// TestImportLimitKeysMatchLikeEncodingJSON checks the premise of the
// spellings above: encoding/json reads each of them as "resource".
func TestImportLimitKeysMatchLikeEncodingJSON(t *testing.T) {
	for _, key := range []string{"RESOURCE", `re\u0073ource`, "re\u017fource"} {
		var v struct {
			Resource json.RawMessage `json:"resource"`
		}
		require.NoError(t, json.Unmarshal([]byte(`{"`+key+`":{}}`), &v))
		assert.Equal(t, "{}", string(v.Resource), key)
	}
}

func TestImportAcceptsNestedBundlesWithinTheLimit(t *testing.T) {
	p, skipped, err := fhir.Import([]byte(bundleOf(nested(fhir.MaxBundleDepth-1, "resource"))))
	require.NoError(t, err)
	assert.Equal(t, "P", string(p.PersonID))
	require.Len(t, skipped, 1)
	assert.Equal(t, "Bundle", skipped[0].ResourceType)
}

// TestImportErrorsQuoteNoInput checks that no error of Import, and no field
// of the error types, holds a value from the bundle.
func TestImportErrorsQuoteNoInput(t *testing.T) {
	tests := []struct {
		name, in, secret string
		check            func(t *testing.T, err error)
	}{
		{
			name:   "a number too large for valueInteger",
			in:     bundleOf(`{"resourceType":"Goal","id":"g","extension":[{"url":"u","valueInteger":212555014799999999999}]}`),
			secret: "212555014799999999999",
			check: func(t *testing.T, err error) {
				var de *fhir.DecodeError
				require.ErrorAs(t, err, &de)
				assert.Equal(t, "extension.valueInteger", de.Field)
				assert.Equal(t, "int", de.Type)
			},
		},
		{
			name:   "a string where a number belongs",
			in:     bundleOf(`{"resourceType":"Goal","id":"g","extension":[{"url":"u","valueInteger":"call Zelda"}]}`),
			secret: "Zelda",
		},
		{
			name:   "a syntax error",
			in:     bundleOf(`{"resourceType":"Goal","id":Zelda}`),
			secret: "Z",
			check: func(t *testing.T, err error) {
				var de *fhir.DecodeError
				require.ErrorAs(t, err, &de)
				assert.Positive(t, de.Offset)
			},
		},
		{
			name:   "a syntax error in the bundle",
			in:     `{"resourceType":"Bundle","entry":[Zelda]}`,
			secret: "Z",
		},
		{
			name:   "text as the bundle's resourceType",
			in:     `{"resourceType":"Call Zelda at 555-0100"}`,
			secret: "Zelda",
			check: func(t *testing.T, err error) {
				var te *fhir.TypeError
				require.ErrorAs(t, err, &te)
				assert.Equal(t, "[invalid]", te.Got)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := fhir.Import([]byte(tt.in))
			require.ErrorIs(t, err, fhir.ErrMalformed)
			assert.NotContains(t, err.Error(), tt.secret)
			if tt.check != nil {
				tt.check(t, err)
			}
		})
	}
}

// TestTypeErrorKeepsNoText checks the TypeError a resource's UnmarshalJSON
// returns for another resourceType.
func TestTypeErrorKeepsNoText(t *testing.T) {
	var g fhir.Goal
	err := json.Unmarshal([]byte(`{"resourceType":"Call Zelda at 555-0100"}`), &g)
	var te *fhir.TypeError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, "[invalid]", te.Got)
	assert.Equal(t, "Goal", te.Want)
	assert.NotContains(t, err.Error(), "Zelda")
}

// TestDecodeErrorMessages checks each shape of the message.
func TestDecodeErrorMessages(t *testing.T) {
	tests := []struct {
		err  fhir.DecodeError
		want string
	}{
		{fhir.DecodeError{Offset: 12}, "fhir: JSON syntax error at byte 12"},
		{fhir.DecodeError{Offset: -1}, "fhir: JSON that cannot be decoded"},
		{fhir.DecodeError{Field: "a.b", Type: "int"}, "fhir: JSON value of a.b is not a int"},
		{fhir.DecodeError{Type: "string"}, "fhir: JSON value of the value is not a string"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
	}
	assert.False(t, errors.Is(&fhir.DecodeError{}, fhir.ErrLimit))
}

// BenchmarkImportGrowth shows that Import's cost per byte does not grow
// with the size of the bundle, whatever its shape: "wide" is a bundle of
// entries each holding Bundles as deep as MaxBundleDepth allows (the shape
// that costs most per byte), "deep" one chain of Bundles far deeper, which
// Import rejects. Each iteration imports the small input 16 times and the
// large one (16 times its size) once; the metric growth is the large
// input's cost per byte over the small one's, 1.0 for linear (about 16 for
// quadratic).
func BenchmarkImportGrowth(b *testing.B) {
	wide := func(n int) []byte {
		rs := make([]string, n)
		for i := range rs {
			rs[i] = nested(fhir.MaxBundleDepth-1, "resource")
		}
		return []byte(bundleOf(rs...))
	}
	deep := func(n int) []byte { return []byte(bundleOf(nested(n, "resource"))) }
	for _, c := range []struct {
		name         string
		small, large []byte
	}{
		{"wide", wide(64), wide(64 * 16)},
		{"deep", deep(256), deep(256 * 16)},
	} {
		b.Run(c.name, func(b *testing.B) {
			var small, large time.Duration
			b.ReportAllocs()
			for b.Loop() {
				start := time.Now()
				for range 16 {
					_, _, _ = fhir.Import(c.small)
				}
				mid := time.Now()
				_, _, _ = fhir.Import(c.large)
				small += mid.Sub(start)
				large += time.Since(mid)
			}
			n := float64(b.N)
			perSmall := float64(small) / n / float64(16*len(c.small))
			perLarge := float64(large) / n / float64(len(c.large))
			b.ReportMetric(perSmall, "ns/B-small")
			b.ReportMetric(perLarge, "ns/B-large")
			b.ReportMetric(perLarge/perSmall, "growth")
		})
	}
}
