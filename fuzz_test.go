package recovery_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/recoverykit/recovery/deidentify"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
)

// FuzzPlan decodes a plan from JSON with DecodePlan, validates and scores it: never a panic,
// problems only as a *ValidationError, a score inside its bounds, every part
// printed and logged without a panic, fhir.Export failing exactly when
// Validate does and exporting only valid resources, and a valid plan that
// survives encode and decode unchanged.
func FuzzPlan(f *testing.F) {
	for _, p := range append(recoverytest.Plans(1, 8), richPlan(), sparsePlan(), recoverytest.IdentifyingScenario()) {
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	// A plan created in year 0 (and one in year 1 of a zone east of UTC,
	// year 0 in UTC) once validated and then exported a CarePlan that broke
	// FHIR's date format.
	for _, created := range []time.Time{
		time.Date(0, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 30, 0, 0, time.FixedZone("UTC+1", 3600)),
	} {
		p := sparsePlan()
		p.Created = created
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"goals":[{"steps":[{}]}],"decisions":[{"options":[{}]}],"overdose":{},"safety":{"askForHelp":[{}]},"toolbox":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := recovery.DecodePlan(bytes.NewReader(data))
		if errors.Is(err, recovery.ErrJSON) || errors.Is(err, recovery.ErrTooLarge) {
			return
		}
		if err != nil {
			var ve *recovery.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, recovery.ErrInvalid) || len(ve.Problems) == 0 {
				t.Fatalf("Validate returned %T %v", err, err)
			}
		}
		q := quality.Score(p, at, nil)
		if q.Total < 0 || q.Total > 100+eps || len(q.Criteria) != 16 {
			t.Fatalf("score out of bounds: %v", q.Total)
		}
		for _, c := range q.Criteria {
			if !(c.Score >= 0 && c.Score <= 1) {
				t.Fatalf("criterion %s scored %v", c.Criterion, c.Score)
			}
		}
		deidentify.Plan(p, []byte("k"), nil)
		// Printing, logging and exporting take any plan without panicking,
		// and export only a valid one.
		for _, part := range planParts(p) {
			_ = fmt.Sprintf("%v %+v", part, part)
			slog.New(slog.NewJSONHandler(io.Discard, nil)).Info("part", "part", part)
		}
		bundle, exportErr := fhir.Export(p, nil)
		if (err == nil) != (exportErr == nil) {
			t.Fatalf("Validate: %v, fhir.Export: %v", err, exportErr)
		}
		if err != nil {
			return
		}
		for i, e := range bundle.Entry {
			if err := e.Resource.Validate(); err != nil {
				t.Fatalf("exported entry %d (%s) is invalid: %v", i, e.Resource.ResourceType(), err)
			}
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back recovery.Plan
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		b2, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(b2) {
			t.Fatalf("a valid plan changed in a round trip:\n%s\n%s", b, b2)
		}
		if back.Validate() != nil {
			t.Fatal("a valid plan is invalid after a round trip")
		}
	})
}

func TestSynthPlansRoundTrip(t *testing.T) {
	for _, p := range recoverytest.Plans(3, 200) {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back recovery.Plan
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if err := back.Validate(); err != nil {
			t.Fatal(err)
		}
		b2, _ := json.Marshal(back)
		if string(b) != string(b2) {
			t.Fatalf("round trip changed %s", p.ID)
		}
	}
}
