package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"testing"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// cohortJSONL is n synthetic plans of seed 1 as JSON Lines.
func cohortJSONL(b *testing.B, n int) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, p := range recoverytest.Plans(1, n) {
		if err := enc.Encode(p); err != nil {
			b.Fatal(err)
		}
	}
	return buf.Bytes()
}

const benchPlans = 1000

// BenchmarkDecodeOnly is the baseline: reading the lines and decoding each
// plan with encoding/json, nothing else. One op is one cohort of 1,000 plans.
func BenchmarkDecodeOnly(b *testing.B) {
	data := cohortJSONL(b, benchPlans)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := bufio.NewReaderSize(bytes.NewReader(data), 64<<10)
		var buf []byte
		n := 0
		for {
			line, _, err := readLine(r, &buf, 8<<20)
			if len(line) > 0 {
				var p recovery.Plan
				if err := json.Unmarshal(line, &p); err != nil {
					b.Fatal(err)
				}
				n++
			}
			if err == io.EOF {
				break
			}
		}
		if n != benchPlans {
			b.Fatalf("decoded %d plans", n)
		}
	}
	b.ReportMetric(float64(b.N*benchPlans)/b.Elapsed().Seconds(), "plans/s")
}

// BenchmarkPipeline is the cohort end to end on the same input: read, decode,
// validate, score, write the CSV rows (to io.Discard) and keep the summary,
// with one worker (workers-1) and with GOMAXPROCS workers (workers-max).
func BenchmarkPipeline(b *testing.B) {
	data := cohortJSONL(b, benchPlans)
	at := recoverytest.DefaultAt
	for _, w := range []struct {
		name string
		n    int
	}{{"workers-1", 1}, {"workers-max", runtime.GOMAXPROCS(0)}} {
		b.Run(w.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				c := newCohort(bufio.NewWriter(io.Discard), io.Discard)
				if err := c.run(at, w.n, c.readBatches(bytes.NewReader(data), 8<<20)); err != nil {
					b.Fatal(err)
				}
				if c.valid != benchPlans {
					b.Fatalf("scored %d plans", c.valid)
				}
			}
			b.ReportMetric(float64(b.N*benchPlans)/b.Elapsed().Seconds(), "plans/s")
		})
	}
}
