package audit_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/audit"
)

// FuzzReadJSONL checks that ReadJSONL never panics, and that whatever it
// accepts verifies and is written back byte for byte: accepted input is
// exactly canonical.
func FuzzReadJSONL(f *testing.F) {
	data, _ := jsonl(f, 4)
	f.Add(data)
	lines := splitLines(data)
	f.Add(lines[0])
	f.Add(bytes.Join([][]byte{lines[0], lines[2]}, nil))
	f.Add(data[:len(data)-3])
	f.Add([]byte(""))
	f.Add([]byte("\n"))
	f.Add([]byte("{}\n"))
	f.Add(bytes.Replace(lines[0], []byte(`"Z"`), []byte(`"+00:00"`), 1))
	f.Fuzz(func(t *testing.T, in []byte) {
		tr, err := audit.ReadJSONL(bytes.NewReader(in))
		if err != nil {
			var te *audit.TamperError
			require.ErrorAs(t, err, &te)
			require.Positive(t, te.Line)
			return
		}
		require.NoError(t, tr.Verify())
		var out bytes.Buffer
		require.NoError(t, tr.WriteJSONL(&out))
		require.Equal(t, string(in), out.String())
	})
}

// FuzzEventJSON decodes an event, as a host reading its own storage would,
// and checks that Validate never panics and that its fast path agrees with
// the full rules.
func FuzzEventJSON(f *testing.F) {
	for i := range 12 {
		b, err := json.Marshal(sample(i))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"paths":["/a","/a"],"actor":{"id":"a b"},"version":0}`))
	f.Add([]byte(`{"at":"0001-01-01T00:00:00Z","paths":["/~2"]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var e audit.Event
		if json.Unmarshal(in, &e) != nil {
			return
		}
		err := e.Validate()
		slow := audit.ValidateSlow(e)
		assert.Equal(t, err == nil, slow == nil, "fast path agrees: %v / %v", err, slow)
		if err == nil {
			var tr audit.Trail
			_, err := tr.Append(e)
			assert.NoError(t, err)
		}
	})
}

// FuzzDiff checks that Diff never panics, that a value does not differ from
// itself, and that the result is sorted, unique, valid pointers.
func FuzzDiff(f *testing.F) {
	before, err := json.Marshal(seedPlan())
	require.NoError(f, err)
	for _, tt := range diffTests {
		p := clonePlan(seedPlan())
		tt.edit(&p)
		after, err := json.Marshal(p)
		require.NoError(f, err)
		f.Add(before, after)
	}
	f.Add([]byte(`[{"id":1},{"id":2}]`), []byte(`[{"id":2},{"id":1,"x":null}]`))
	f.Add([]byte(`{"a/b":{"~":[1,"x"]}}`), []byte(`{"a/b":{"~":[1]}}`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		var x, y any
		if json.Unmarshal(a, &x) != nil {
			x = string(a)
		}
		if json.Unmarshal(b, &y) != nil {
			y = string(b)
		}
		same, err := audit.Diff(x, x)
		require.NoError(t, err)
		require.Empty(t, same)

		d, err := audit.Diff(x, y)
		require.NoError(t, err)
		back, err := audit.Diff(y, x)
		require.NoError(t, err)
		require.Equal(t, len(d) == 0, len(back) == 0, "symmetric emptiness")
		for i, p := range d {
			require.True(t, audit.IsPointer(p), p)
			if i > 0 {
				require.Negative(t, audit.ComparePointers(d[i-1], p), "sorted and unique")
			}
		}
	})
}

// FuzzParseLine checks ReadJSONL's fast path: a line it accepts is exactly
// the encoding/json encoding of the event it returns, and encoding/json
// decodes it to the same event.
func FuzzParseLine(f *testing.F) {
	data, _ := jsonl(f, 12)
	for _, line := range splitLines(data) {
		f.Add(bytes.TrimSuffix(line, []byte("\n")))
	}
	f.Add([]byte(`{"seq":01}`))
	var digests bytes.Buffer
	var tr audit.Trail
	for i := range 3 {
		if _, err := tr.AppendJSONL(&digests, withDigest(i)); err != nil {
			f.Fatal(err)
		}
	}
	for _, line := range splitLines(digests.Bytes()) {
		f.Add(bytes.TrimSuffix(line, []byte("\n")))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		e, ok := audit.ParseLine(line)
		if !ok {
			return
		}
		out, err := json.Marshal(e)
		require.NoError(t, err)
		require.Equal(t, string(line), string(out))
		var back audit.Event
		require.NoError(t, json.Unmarshal(line, &back))
		back.At = back.At.UTC()
		require.Equal(t, back, e)
	})
}

func TestParseLineAcceptsWrittenLines(t *testing.T) {
	data, _ := jsonl(t, 50)
	for i, line := range splitLines(data) {
		_, ok := audit.ParseLine(bytes.TrimSuffix(line, []byte("\n")))
		assert.True(t, ok, "line %d takes the fast path", i+1)
	}
}
