package sdm_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/sdm"
)

// FuzzDecisionRecordJSON decodes arbitrary JSON, then checks that Validate
// returns nil or an error wrapping ErrInvalid, that Quality stays in range
// with known codes, and that a decoded record encodes to a stable form.
func FuzzDecisionRecordJSON(f *testing.F) {
	full, err := json.Marshal(complete())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	measured, err := json.Marshal(withMeasures())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(measured)
	f.Add([]byte(`{"measures":[{"instrument":"sure","version":"5-point","items":[1,7,-1]},{"instrument":"phq-9"},{"instrument":"option-5","respondent":"person","items":null}]}`))
	for mask := range 1 << 9 {
		if mask%37 == 0 {
			b, err := json.Marshal(recordFromMask(mask))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"stage":"decided","chosen":"41000000-0000-4000-8000-000000000009","options":[{"id":"41000000-0000-4000-8000-000000000001"}]}`))
	f.Add([]byte(`{"participants":[{"role":"boss"}],"chosenBy":["x"],"goals":["00000000-0000-0000-0000-000000000000"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r sdm.DecisionRecord
		if json.Unmarshal(data, &r) != nil {
			return
		}
		if err := r.Validate(); err != nil && !errors.Is(err, recovery.ErrInvalid) {
			t.Fatalf("Validate error does not wrap ErrInvalid: %v", err)
		}
		q := r.Quality()
		if q.Score < 0 || q.Score > 1 || q.Points > q.Possible {
			t.Fatalf("score %v points %d of %d", q.Score, q.Points, q.Possible)
		}
		for _, fi := range q.Findings {
			if !fi.Code.IsValid() || fi.Message == "" {
				t.Fatalf("finding %+v", fi)
			}
		}
		_ = r.HonorsChoice()
		for _, m := range r.Measures {
			if err := m.Validate(); err != nil && !errors.Is(err, recovery.ErrInvalid) {
				t.Fatalf("MeasureResponse.Validate error does not wrap ErrInvalid: %v", err)
			}
		}
		b1, err := json.Marshal(r)
		if err != nil {
			return // a time outside what JSON can hold
		}
		var r2 sdm.DecisionRecord
		if err := json.Unmarshal(b1, &r2); err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		b2, err := json.Marshal(r2)
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("unstable encoding:\n%s\n%s", b1, b2)
		}
	})
}

// itemsFromBytes maps each byte to an item from -1 to 6, so that valid and
// out-of-range answers both occur often.
func itemsFromBytes(data []byte) []int {
	items := make([]int, len(data))
	for i, b := range data {
		items[i] = int(b%8) - 1
	}
	return items
}

// bytesFromItems is the inverse of itemsFromBytes for items -1..6.
func bytesFromItems(items []int) []byte {
	b := make([]byte, len(items))
	for i, v := range items {
		b[i] = byte(v + 1)
	}
	return b
}

func FuzzItemMeasures(f *testing.F) {
	for _, tt := range scoreTests {
		f.Add(tt.measure, bytesFromItems(tt.items))
	}
	f.Add("DCS", bytesFromItems([]int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 5}))
	f.Add("SDMQ9", []byte{})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		items := itemsFromBytes(data)
		for _, m := range itemMeasures {
			if name != m.name && len(name) > 0 {
				continue
			}
			got, err := m.score(items)
			if err != nil {
				if !errors.Is(err, recovery.ErrInvalid) {
					t.Fatalf("%s: error does not wrap ErrInvalid: %v", m.name, err)
				}
				continue
			}
			if len(items) != m.n || got < 0 || got > 100 {
				t.Fatalf("%s(%v) = %v with no error", m.name, items, got)
			}
		}
		if r, err := sdm.DCS(items); err == nil && !r.Band.IsValid() {
			t.Fatalf("DCS band %q", r.Band)
		}
	})
}

// encounterSep separates encounters in FuzzCollaboRATE's input.
const encounterSep = 0xff

func FuzzCollaboRATE(f *testing.F) {
	var seed []byte
	for i, e := range collaborateExample {
		if i > 0 {
			seed = append(seed, encounterSep)
		}
		for _, v := range e {
			seed = append(seed, byte(v+1))
		}
	}
	f.Add(seed)
	f.Add([]byte{})
	f.Add([]byte{10, 10, 10, 10, encounterSep, 0, 11})
	f.Fuzz(func(t *testing.T, data []byte) {
		var encounters [][]int
		var cur []int
		for _, b := range data {
			if b == encounterSep {
				encounters = append(encounters, cur)
				cur = nil
				continue
			}
			cur = append(cur, int(b%12)-1) // -1 (missing) to 10 (out of range)
		}
		encounters = append(encounters, cur)
		r, err := sdm.CollaboRATE(encounters, nil)
		if err != nil {
			if !errors.Is(err, recovery.ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			return
		}
		if r.N+r.Excluded != len(encounters) || r.Top > r.N ||
			r.TopScore < 0 || r.TopScore > 100 || r.Mean < 0 || r.Mean > 9 ||
			r.Reportable != (r.N >= sdm.CollaboRATEMinEncounters) {
			t.Fatalf("CollaboRATE(%v) = %+v", encounters, r)
		}
	})
}

func FuzzSURE(f *testing.F) {
	f.Add(true, true, false, true)
	f.Add(true, true, true, true)
	f.Fuzz(func(t *testing.T, s, u, r, e bool) {
		score, conflict := sdm.SURE([4]bool{s, u, r, e})
		if score < 0 || score > 4 || conflict != (score <= 3) {
			t.Fatalf("SURE = %d, %v", score, conflict)
		}
	})
}
