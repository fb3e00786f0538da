package cohort

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// decodeSeeds are lines that reach the edges where the two decoders could
// part: names in another case or with a dash or underscore, a repeated name
// (with null, or merging into a list), null where a value goes, invalid
// UTF-8 and escapes (in a time too), numbers an integer field cannot take,
// times in several shapes, and truncated or mistyped plans.
var decodeSeeds = []string{
	``, `null`, `[]`, `{}`, `"plan"`, `{"id": null}`, `{"ID": "x"}`,
	`{"person_id": "abc"}`, `{"PERSON-ID": "abc"}`, `{"person_id": "a", "personId": "b", "PERSON_ID": "c"}`,
	`{"version": 1, "Version": 2}`, `{"version": 2, "version": null}`, `{"version": "1"}`, `{"version": 1.0}`,
	`{"version": 1e2}`, `{"version": -0}`, `{"version": 99999999999999999999}`, `{"version": true}`,
	`{"created": "2026-03-02T10:00:00Z"}`, `{"created": "2026-03-02T10:00:00+00:00"}`,
	`{"created": "2026-03-02T10:00:00.123456789-05:00"}`, `{"created": "2026-03-02"}`,
	`{"created": "2026-03-02t10:00:00z"}`, `{"created": "2026-03-02T24:00:00Z"}`, `{"created": null}`,
	`{"created": "2026-03-02T10:00:00\u005a"}`, `{"created": "2026-03-02T10:00:00Z", "created": null}`,
	`{"language": "es\u00e9"}`, "{\"language\": \"\xff\xfe\"}", `{"language": "\ud800"}`,
	`{"personId": "a", "personId": "b"}`, `{"goals": null}`, `{"goals": [null]}`, `{"goals": {}}`,
	`{"goals": [{"statement": "walk", "why": "health"}], "goals": [{"statement": "run"}]}`,
	`{"supports": [{"name": "a"}, {"name": "b"}], "supports": [{"role": "peer"}]}`,
	`{"goals": [{"steps": [{"due": "2026-04-01T00:00:00Z"}]}]}`, `{"strengths": [1]}`,
	`{"a": {"x": 1}, "a": {"y": 2}}`, `{"id": "x",}`, `{"id": "x"} {"id": "y"}`,
	`{"unknown": {"deep": [1, 2, {"a": null}]}}`,
}

// FuzzDecodeAsEncodingJSON holds the command's decoder to encoding/json: on
// any line, both take it or both refuse it, and what they take is the same
// value, for each type the command decodes a line into (a plan, the map of
// keys that -keep and the FHIR reader read, a string, and the person ID the
// shard check reads).
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
		if err := decodesAlike(line); err != nil {
			t.Fatal(err)
		}
	})
}

// TestDecodeVariants holds the command's decoder to encoding/json on
// variants of synthetic plans that byte-level fuzzing seldom writes: names
// upper-cased or given a dash or underscore, members repeated (with null,
// with another member's value, or with their own), and characters of
// strings written as \u escapes.
func TestDecodeVariants(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	var plans []any
	for _, p := range recoverytest.Plans(5, 20) {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		d := json.NewDecoder(bytes.NewReader(b))
		d.UseNumber()
		if err := d.Decode(&v); err != nil {
			t.Fatal(err)
		}
		plans = append(plans, v)
	}
	n := 2000
	if testing.Short() {
		n = 200
	}
	for i := range n {
		var b bytes.Buffer
		writeVariant(r, &b, plans[i%len(plans)])
		if err := decodesAlike(b.Bytes()); err != nil {
			t.Fatalf("variant %d: %v", i, err)
		}
	}
}

// writeVariant writes v (decoded with UseNumber) as JSON with random
// changes that encoding/json reads in its own way.
func writeVariant(r *rand.Rand, b *bytes.Buffer, v any) {
	switch v := v.(type) {
	case map[string]any:
		b.WriteByte('{')
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		first := true
		member := func(k string, val any) {
			if !first {
				b.WriteByte(',')
			}
			first = false
			writeString(r, b, k)
			b.WriteByte(':')
			writeVariant(r, b, val)
		}
		for _, k := range keys {
			name := k
			switch r.IntN(30) {
			case 0:
				name = strings.ToUpper(k)
			case 1:
				name = k[:len(k)/2] + "_" + k[len(k)/2:]
			case 2:
				name = k[:len(k)/2] + "-" + k[len(k)/2:]
			}
			member(name, v[k])
			switch r.IntN(30) {
			case 0:
				member(k, nil)
			case 1:
				member(k, v[keys[r.IntN(len(keys))]])
			case 2:
				member(k, v[k])
			}
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeVariant(r, b, e)
		}
		b.WriteByte(']')
	case string:
		writeString(r, b, v)
	default:
		out, _ := json.Marshal(v)
		b.Write(out)
	}
}

// writeString writes s as a JSON string, one time in four with one of its
// ASCII characters written as a \u escape.
func writeString(r *rand.Rand, b *bytes.Buffer, s string) {
	out, _ := json.Marshal(s)
	if len(s) > 0 && r.IntN(4) == 0 {
		if i := r.IntN(len(s)); s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\' {
			pre, _ := json.Marshal(s[:i])
			post, _ := json.Marshal(s[i+1:])
			out = fmt.Appendf(pre[:len(pre)-1], `\u%04x%s`, s[i], post[1:])
		}
	}
	b.Write(out)
}

// decodesAlike reports how decode and encoding/json read line differently,
// into each type the command decodes a line into, or nil.
func decodesAlike(line []byte) error {
	type who struct {
		PersonID string `json:"personId"`
	}
	for _, pair := range [][2]any{
		{new(recovery.Plan), new(recovery.Plan)},
		{new(map[string]json.RawMessage), new(map[string]json.RawMessage)},
		{new(map[string]any), new(map[string]any)},
		{new(string), new(string)},
		{new(who), new(who)},
	} {
		got, want := pair[0], pair[1]
		gotErr, wantErr := decode(line, got), json.Unmarshal(line, want)
		if (gotErr == nil) != (wantErr == nil) {
			return fmt.Errorf("%T: decode error %v, encoding/json error %v", got, gotErr, wantErr)
		}
		if gotErr == nil && !reflect.DeepEqual(got, want) {
			return fmt.Errorf("%T: decode and encoding/json read %q differently", got, line)
		}
	}
	return nil
}
