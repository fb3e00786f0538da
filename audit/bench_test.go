package audit_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/audit"
)

// benchEvent returns a typical event: an update of a plan touching two
// fields, with a coded reason.
func benchEvent(i int) audit.Event {
	var id uuid.UUID
	binary.BigEndian.PutUint64(id[8:], uint64(i)+1)
	id[6], id[8] = 0x40, 0x80
	return audit.Event{
		ID:      id,
		At:      refTime.Add(time.Duration(i) * time.Second),
		Actor:   audit.Actor{ID: "P-0001", Role: audit.RolePerson},
		Action:  audit.ActionUpdate,
		Subject: planID,
		Version: uint64(i) + 1,
		Paths:   []string{"/goals/3/steps/1/done", "/goals/3/statement"},
		Reason:  "person-request",
		Outcome: audit.OutcomeSuccess,
	}
}

// BenchmarkAppend appends typical events to trails of up to 100,000
// events (a new trail is started every 100,000), so the figure includes the
// amortized growth of the trail.
func BenchmarkAppend(b *testing.B) {
	tr := new(audit.Trail)
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if i == 100_000 {
			tr, i = new(audit.Trail), 0
		}
		if _, err := tr.Append(benchEvent(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// verifyN is the length of the trail the Verify benchmarks check.
const verifyN = 100_000

// verifyFixture returns a trail of verifyN typical events and their canonical
// encodings, concatenated: the bytes Verify hashes, less each event's Prev.
func verifyFixture(b *testing.B) (*audit.Trail, []byte) {
	var tr audit.Trail
	var all []byte
	for i := range verifyN {
		e, err := tr.Append(benchEvent(i))
		require.NoError(b, err)
		all = e.AppendCanonical(all)
	}
	return &tr, all
}

// BenchmarkVerify compares Verify over 100,000 events with plain SHA-256 of
// the same canonical bytes, concatenated. Both report MB/s of canonical
// encoding, so the ratio of their MB/s is the price of the chain: one SHA-256
// call per event over Prev (32 bytes) and the encoding, plus the encoding.
func BenchmarkVerify(b *testing.B) {
	tr, all := verifyFixture(b)
	b.Run("Verify", func(b *testing.B) {
		b.SetBytes(int64(len(all)))
		b.ReportAllocs()
		for b.Loop() {
			if err := tr.Verify(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(verifyN)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("SHA256", func(b *testing.B) {
		b.SetBytes(int64(len(all)))
		b.ReportAllocs()
		for b.Loop() {
			sha256.Sum256(all)
		}
		b.ReportMetric(float64(verifyN)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
}

// BenchmarkVerifyRatio alternates Verify, the same check on one goroutine,
// and plain SHA-256 over the same 100,000 events in each iteration, so that
// all three see the same machine load, and reports their throughputs and the
// ratios to SHA-256 (target for Verify: at least 0.5). Verify splits the
// trail across GOMAXPROCS goroutines; "1g" is what it would do without.
func BenchmarkVerifyRatio(b *testing.B) {
	tr, all := verifyFixture(b)
	var tVerify, tOne, tSHA time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		if err := tr.Verify(); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if i, _ := audit.VerifyOneGoroutine(tr); i >= 0 {
			b.Fatal(i)
		}
		t2 := time.Now()
		sha256.Sum256(all)
		tVerify += t1.Sub(t0)
		tOne += t2.Sub(t1)
		tSHA += time.Since(t2)
	}
	mb := float64(len(all)) * float64(b.N) / 1e6
	b.ReportMetric(mb/tVerify.Seconds(), "verify-MB/s")
	b.ReportMetric(mb/tOne.Seconds(), "verify1g-MB/s")
	b.ReportMetric(mb/tSHA.Seconds(), "sha256-MB/s")
	b.ReportMetric(tSHA.Seconds()/tVerify.Seconds(), "ratio")
	b.ReportMetric(tSHA.Seconds()/tOne.Seconds(), "ratio1g")
}

func BenchmarkJSONL(b *testing.B) {
	tr := buildTrail(b, 1000)
	var buf bytes.Buffer
	require.NoError(b, tr.WriteJSONL(&buf))
	data := buf.Bytes()
	b.Run("Write", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			if err := tr.WriteJSONL(&buf); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Read", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := audit.ReadJSONL(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDiff diffs two versions of the seed plan: a step done, a goal's
// importance changed, and the goals reordered.
func BenchmarkDiff(b *testing.B) {
	before := seedPlan()
	after := clonePlan(before)
	after.Goals[3].Steps[1].Done = true
	after.Goals[0].Importance = 2
	after.Goals[0], after.Goals[3] = after.Goals[3], after.Goals[0]
	want := []string{"/goals", "/goals/0/steps/1/done", "/goals/3/importance"}
	got, err := audit.Diff(before, after)
	require.NoError(b, err)
	require.Equal(b, want, got)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := audit.Diff(before, after); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAuthorship(b *testing.B) {
	events := buildTrail(b, 10_000).Events()
	b.ReportAllocs()
	for b.Loop() {
		audit.Authorship(events, planID)
	}
}
