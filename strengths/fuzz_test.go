package strengths_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/strengths"
)

// FuzzAssessmentJSON decodes arbitrary JSON into an Assessment and validates
// it. It must never panic; every analysis must accept what was decoded; and a
// valid assessment must survive encode, decode, encode with the same bytes and
// stay valid.
func FuzzAssessmentJSON(f *testing.F) {
	for _, tt := range validateCases() {
		a := sample()
		tt.edit(&a)
		b, err := json.Marshal(a)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, s := range []string{
		``, `null`, `{}`, `[]`, `{"id":"x"}`,
		`{"id":"22000000-0000-4000-8000-000000000001","assessedAt":"2026-03-02T10:00:00+01:00","strengths":[]}`,
		`{"id":"{22000000-0000-4000-8000-000000000001}","assessedAt":"2026-03-02T10:00:00.5Z","priorities":[]}`,
		`{"ID":"22000000-0000-4000-8000-000000000001","AssessedAt":"2026-03-02T10:00:00Z","strengths":null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var a strengths.Assessment
		if json.Unmarshal(data, &a) != nil {
			return
		}
		err := a.Validate()
		// The analyses accept anything that decodes.
		c := a.Coverage()
		assert.LessOrEqual(t, c.Total(), len(a.Strengths))
		assert.Len(t, a.Ranked(), len(a.Strengths))
		pd := a.PersonDriven()
		assert.True(t, pd >= 0 && pd <= 1, "share %v", pd)
		_ = a.Gaps()
		_ = a.String()
		if err != nil {
			return
		}
		assert.Equal(t, c.Total(), len(a.Strengths), "a valid assessment counts every strength")
		b1, err := json.Marshal(a)
		require.NoError(t, err)
		var back strengths.Assessment
		require.NoError(t, json.Unmarshal(b1, &back))
		require.NoError(t, back.Validate())
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(b1, b2), "round trip changed:\n%s\n%s", b1, b2)
		assert.Equal(t, a.Ranked(), back.Ranked())
		assert.Equal(t, a.Coverage(), back.Coverage())
	})
}
