package cohort

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// decodeSeeds are lines that reach the edges where the two decoders could
// part: names in another case, a repeated name, null where a value goes,
// invalid UTF-8 and escapes, numbers an integer field cannot take, times in
// several shapes, and truncated or mistyped plans.
var decodeSeeds = []string{
	``, `null`, `[]`, `{}`, `"plan"`, `{"id": null}`, `{"ID": "x"}`,
	`{"version": 1, "Version": 2}`, `{"version": "1"}`, `{"version": 1.0}`, `{"version": 1e2}`,
	`{"version": -0}`, `{"version": 99999999999999999999}`, `{"version": true}`,
	`{"created": "2026-03-02T10:00:00Z"}`, `{"created": "2026-03-02T10:00:00+00:00"}`,
	`{"created": "2026-03-02T10:00:00.123456789-05:00"}`, `{"created": "2026-03-02"}`,
	`{"created": "2026-03-02t10:00:00z"}`, `{"created": "2026-03-02T24:00:00Z"}`, `{"created": null}`,
	`{"language": "es\u00e9"}`, "{\"language\": \"\xff\xfe\"}", `{"language": "\ud800"}`,
	`{"personId": "a", "personId": "b"}`, `{"goals": null}`, `{"goals": [null]}`, `{"goals": {}}`,
	`{"goals": [{"steps": [{"due": "2026-04-01T00:00:00Z"}]}]}`, `{"strengths": [1]}`,
	`{"id": "x",}`, `{"id": "x"} {"id": "y"}`, `{"unknown": {"deep": [1, 2, {"a": null}]}}`,
}

// FuzzDecodeAsEncodingJSON holds the command's decoder to encoding/json: on
// any line, both take it or both refuse it, and what they take encodes to the
// same JSON, as a plan and as the map of keys that -keep reads.
func FuzzDecodeAsEncodingJSON(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	for _, p := range recoverytest.Plans(3, 4) {
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(bytes.ToUpper(b))
		f.Add(b[:len(b)*2/3])
	}
	if file, err := os.Open("testdata/cohort.jsonl"); err == nil {
		sc := bufio.NewScanner(file)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			f.Add(bytes.Clone(sc.Bytes()))
		}
		file.Close()
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var got, want recovery.Plan
		sameDecode(t, line, &got, &want)
		var gotKeys, wantKeys map[string]json.RawMessage
		sameDecode(t, line, &gotKeys, &wantKeys)
	})
}

// sameDecode decodes line into got with decode and into want with
// encoding/json and fails unless both refuse it or both encode alike.
func sameDecode[T any](t *testing.T, line []byte, got, want *T) {
	t.Helper()
	gotErr, wantErr := decode(line, got), json.Unmarshal(line, want)
	if (gotErr == nil) != (wantErr == nil) {
		t.Fatalf("%T: decode error %v, encoding/json error %v", *got, gotErr, wantErr)
	}
	if gotErr != nil {
		if gotErr.Error() != wantErr.Error() {
			t.Fatalf("%T: decode error %q, encoding/json error %q", *got, gotErr, wantErr)
		}
		return
	}
	g, err1 := json.Marshal(got)
	w, err2 := json.Marshal(want)
	if err1 != nil || err2 != nil {
		t.Fatalf("%T: encoding back: %v, %v", *got, err1, err2)
	}
	if !bytes.Equal(g, w) {
		t.Fatalf("%T: decode and encoding/json read the line differently:\n%s\n%s", *got, g, w)
	}
}
