package cohort_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/internal/cohort"
	"github.com/recoverykit/recovery/internal/cputime"
	"github.com/recoverykit/recovery/recoverytest"
)

var benchPlans = flag.Int("bench-plans", 1000, "the synthetic cohort's size in the benchmarks (the speed target is measured with 100000)")

// cohortJSONL is n synthetic plans of seed 1 as JSON Lines.
func cohortJSONL(b *testing.B, n int) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	g := recoverytest.New(1, nil)
	for range n {
		if err := enc.Encode(g.Next()); err != nil {
			b.Fatal(err)
		}
	}
	return buf.Bytes()
}

// BenchmarkDecodeOnly is the baseline: reading the lines and decoding each
// plan with encoding/json, as the library's own reader decodes, nothing else,
// on one core. One op is one cohort of
// -bench-plans plans.
func BenchmarkDecodeOnly(b *testing.B) {
	benchDecode(b, func(line []byte) error {
		var p recovery.Plan
		return json.Unmarshal(line, &p)
	})
}

// BenchmarkDecodeOnlyCommand is BenchmarkDecodeOnly with the command's own
// decoder, github.com/go-json-experiment/json (see decode.go): decoding alone
// as the pipeline decodes.
func BenchmarkDecodeOnlyCommand(b *testing.B) {
	benchDecode(b, func(line []byte) error {
		var p recovery.Plan
		return cohort.Decode(line, &p)
	})
}

// BenchmarkDecodeAndValidate is the library's own reading of a plan,
// recovery.DecodePlan: the decode of BenchmarkDecodeOnly and Plan.Validate,
// which the command must run on every plan before scoring it.
func BenchmarkDecodeAndValidate(b *testing.B) {
	benchDecode(b, func(line []byte) error {
		_, err := recovery.DecodePlan(bytes.NewReader(line))
		return err
	})
}

// benchDecode reads the synthetic cohort's lines and passes each to decode,
// reporting the rates per wall and per CPU second.
func benchDecode(b *testing.B, decode func(line []byte) error) {
	data := cohortJSONL(b, *benchPlans)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 0, 64<<10), 8<<20)
		n := 0
		for sc.Scan() {
			if err := decode(sc.Bytes()); err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != *benchPlans {
			b.Fatalf("decoded %d plans", n)
		}
	}
	reportRates(b, cpuTime()-cpu)
}

// BenchmarkPipeline is recoverykit score end to end on the same input: read,
// decode, check for duplicates, validate, score, write the CSV rows (to
// io.Discard) and the summary, with 1 and 2 workers. Its plans/cpu-s over
// BenchmarkDecodeOnly's is the speed target per core (at least 0.7); over
// BenchmarkDecodeOnlyCommand's it is the share of the time the command spends
// decoding. The parquet cases write the rows as Parquet instead.
func BenchmarkPipeline(b *testing.B) {
	data := cohortJSONL(b, *benchPlans)
	summary := b.TempDir() + "/summary.json"
	for _, format := range []string{"csv", "parquet"} {
		for _, workers := range []int{1, 2} {
			name := "workers-" + strconv.Itoa(workers)
			if format != "csv" {
				name += "-" + format
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				cpu := cpuTime()
				for b.Loop() {
					code := cohort.Main("recoverykit", []string{"score", "-at", at, "-workers", strconv.Itoa(workers), "-summary", summary, "-format", format},
						bytes.NewReader(data), io.Discard, io.Discard)
					if code != 0 {
						b.Fatalf("exit code %d", code)
					}
				}
				reportRates(b, cpuTime()-cpu)
			})
		}
	}
}

// reportRates reports plans per second of wall time and, where the platform
// measures it, plans per second of CPU time (all threads): the rate per core,
// which a machine shared with other work does not distort.
func reportRates(b *testing.B, cpu time.Duration) {
	plans := float64(b.N * *benchPlans)
	b.ReportMetric(plans/b.Elapsed().Seconds(), "plans/s")
	if cpu > 0 {
		b.ReportMetric(plans/cpu.Seconds(), "plans/cpu-s")
	}
}

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// BenchmarkWriteParquet is the cost of writing a table as Parquet against
// writing the same rows as CSV, in the same loop: the rows of -bench-plans
// synthetic plans are tabulated once, then each op encodes and writes them as
// CSV (the baseline), as Parquet with the command's Zstandard and as Parquet
// with Snappy. It reports each format's ns per row, Parquet's time and size
// over CSV's (parquet/csv, parquet-bytes/csv-bytes), and the same for Snappy.
func BenchmarkWriteParquet(b *testing.B) {
	for _, table := range []string{"score", "goals"} {
		b.Run(table, func(b *testing.B) {
			cells, rows := cohort.Cells(table, *benchPlans)
			formats := []string{"csv", "parquet", "parquet-snappy"}
			took := make([]time.Duration, len(formats))
			size := make([]int64, len(formats))
			b.ReportAllocs()
			for b.Loop() {
				for i, f := range formats {
					w := &countingWriter{}
					start := time.Now()
					if err := cohort.WriteCells(w, table, f, cells); err != nil {
						b.Fatal(err)
					}
					took[i] += time.Since(start)
					size[i] = w.n
				}
			}
			perRow := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / float64(b.N*rows) }
			b.ReportMetric(perRow(took[0]), "csv-ns/row")
			b.ReportMetric(perRow(took[1]), "parquet-ns/row")
			b.ReportMetric(perRow(took[2]), "snappy-ns/row")
			b.ReportMetric(float64(took[1])/float64(took[0]), "parquet/csv")
			b.ReportMetric(float64(took[2])/float64(took[0]), "snappy/csv")
			b.ReportMetric(float64(size[1])/float64(size[0]), "parquet-bytes/csv-bytes")
			b.ReportMetric(float64(size[2])/float64(size[0]), "snappy-bytes/csv-bytes")
			b.ReportMetric(0, "ns/op") // the op writes three formats: the ratios say more
		})
	}
}

// cpuTime is the process's CPU time so far, 0 where the platform does not
// tell it (the benchmark then reports wall-time figures only).
func cpuTime() time.Duration {
	d, _ := cputime.Used()
	return d
}
