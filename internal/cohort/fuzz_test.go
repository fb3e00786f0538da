package cohort_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recoverykit/recovery/internal/cohort"
	"github.com/recoverykit/recovery/recoverytest"
)

// FuzzInput feeds any bytes to the command as its input: it never fails,
// never panics, accounts for every line (a plan or a reject), and never
// writes a reject row longer than its fields allow (no content).
func FuzzInput(f *testing.F) {
	for _, p := range recoverytest.Plans(2, 3) {
		b, _ := json.Marshal(p)
		f.Add(b)
		f.Add(append([]byte("\uFEFF"), b...))
		f.Add(b[:len(b)/2])
	}
	for _, s := range []string{"", "\n\n", "{", `{"id": "x"`, `{"version": "one"}`, "null", "[]", `{"personId": 7}`, "\x1f\x8b\x08garbage"} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, in []byte) {
		rejects, summary := filepath.Join(dir, "r.ndjson"), filepath.Join(dir, "s.json")
		var out, errOut bytes.Buffer
		code := cohort.Main("recoverykit", []string{"score", "-at", at, "-workers", "1", "-max-line", "4096", "-rejects", rejects, "-summary", summary},
			bytes.NewReader(in), &out, &errOut)
		if code != 0 {
			t.Fatalf("exit code %d: %s", code, errOut.String())
		}
		var s summaryFile
		b, err := os.ReadFile(summary)
		if err != nil || json.Unmarshal(b, &s) != nil {
			t.Fatalf("summary: %v", err)
		}
		if s.Counts.Plans+s.Counts.Rejected != s.Counts.Read {
			t.Fatalf("plans %d + rejected %d != read %d", s.Counts.Plans, s.Counts.Rejected, s.Counts.Read)
		}
		if got := strings.Count(out.String(), "\n"); got != 1+16*s.Counts.Plans {
			t.Fatalf("%d rows for %d plans", got, s.Counts.Plans)
		}
		rb, err := os.ReadFile(rejects)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSuffix(string(rb), "\n"), "\n") {
			if line == "" {
				continue
			}
			var r map[string]any
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("reject row %q: %v", line, err)
			}
			if len(line) > 300 {
				t.Fatalf("reject row of %d bytes", len(line))
			}
		}
	})
}
