// Command cohort scores a cohort of recovery plans on the 4 Ps, for research.
//
// It reads plans as JSON Lines (one recovery.Plan per line) from a file or
// standard input, or generates a seeded synthetic cohort, validates each plan,
// scores the valid ones with quality.Score, and writes one CSV row per plan
// and criterion to standard output, in long format:
//
//	plan_id,version,p,criterion,score
//	60000000-0000-4000-8000-000000000001,1,philosophy,own-words,1
//
// score is the criterion's score from 0 to 1, so an analysis can re-weight the
// criteria; the rubric and its criteria are documented in package recovery
// ("Plan quality"). A line that is not a valid plan is reported on standard
// error with its line number and the rules it breaks (never its content),
// skipped and counted; it never stops the run. At the end a summary goes to
// standard error: plans read, valid, invalid, and the mean and quartiles of
// each P's subtotal and of the total.
//
// Memory stays flat however many plans stream through: lines are read in
// batches of 128, at most two batches per worker are in flight, and the
// quartiles come from fixed histograms of 0.01-point bins
// (2,501 bins per P, 10,001 for the total), so each quartile is exact to the
// nearest 0.01 point. Quartiles are nearest-rank: the q-quartile is the
// smallest binned value with at least q·n values at or below it.
//
// Usage:
//
//	cohort [flags] [file]      read JSON Lines from file, or stdin if no file or "-"
//	cohort -synthetic N        score N synthetic plans instead
//	cohort -synthetic N -emit  write N synthetic plans as JSON Lines instead
//
// Flags:
//
//	-synthetic N  generate N synthetic plans (recoverytest) instead of reading
//	-seed S       the synthetic cohort's seed (default 1)
//	-at TIME      score at this RFC 3339 time (default: the synthetic cohort's
//	              reference time, 2026-03-02T10:00:00Z, for -synthetic; the
//	              current time otherwise)
//	-emit         with -synthetic, write the plans as JSON Lines, unscored
//	-max-line N   the longest line read, in bytes, 1 to recovery.MaxPlanBytes
//	              (the default, 1 MiB); longer lines are reported with rule
//	              "too-long" and skipped
//	-workers N    score with N goroutines, 1 to 1024 (default GOMAXPROCS); the
//	              output is the same for any N
//
// Plan IDs in the output identify records: run deidentify.Plan before a
// cohort leaves the place it was collected.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
)

// maxWorkers bounds -workers: more goroutines than this only add memory
// (each holds a batch and its results) on any machine the command runs on.
const maxWorkers = 1024

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command with its streams passed in; it returns the exit code:
// 0 when the run completed (bad lines included), 1 when it could not read or
// write, 2 for bad flags.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cohort", flag.ContinueOnError)
	fs.SetOutput(stderr)
	synthetic := fs.Int("synthetic", 0, "generate `N` synthetic plans instead of reading")
	seed := fs.Uint64("seed", 1, "the synthetic cohort's `seed`")
	atFlag := fs.String("at", "", "score at this RFC 3339 `time`")
	emit := fs.Bool("emit", false, "with -synthetic, write the plans as JSON Lines, unscored")
	maxLine := fs.Int("max-line", recovery.MaxPlanBytes, "the longest line read, in `bytes` (1 to recovery.MaxPlanBytes)")
	workers := fs.Int("workers", min(runtime.GOMAXPROCS(0), maxWorkers), "score with `N` goroutines (1 to 1024)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch {
	case *workers < 1 || *workers > maxWorkers:
		fmt.Fprintf(stderr, "cohort: -workers must be 1 to %d\n", maxWorkers)
		return 2
	case *maxLine < 1 || *maxLine > recovery.MaxPlanBytes:
		fmt.Fprintf(stderr, "cohort: -max-line must be 1 to %d (recovery.MaxPlanBytes)\n", recovery.MaxPlanBytes)
		return 2
	}
	if fs.NArg() > 1 || *synthetic < 0 || (*emit && *synthetic == 0) || (*synthetic > 0 && fs.NArg() > 0) {
		fmt.Fprintln(stderr, "cohort: usage: cohort [-at TIME] [file] | cohort -synthetic N [-seed S] [-at TIME] [-emit]")
		return 2
	}

	out := bufio.NewWriterSize(stdout, 64<<10)
	c := newCohort(out, stderr)

	var err error
	if *synthetic > 0 {
		g := recoverytest.New(*seed, nil)
		at, ok := parseAt(*atFlag, g.At(), stderr)
		if !ok {
			return 2
		}
		if *emit {
			err = emitPlans(out, g, *synthetic)
		} else {
			c.header()
			err = c.run(at, *workers, generateBatches(g, *synthetic))
		}
	} else {
		at, ok := parseAt(*atFlag, time.Now().UTC(), stderr)
		if !ok {
			return 2
		}
		in := stdin
		if name := fs.Arg(0); name != "" && name != "-" {
			f, ferr := os.Open(name)
			if ferr != nil {
				fmt.Fprintln(stderr, "cohort:", ferr)
				return 1
			}
			defer f.Close()
			in = f
		}
		c.header()
		err = c.run(at, *workers, c.readBatches(in, *maxLine))
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err == nil {
		err = c.err
	}
	if !*emit {
		c.summary(stderr)
	}
	if err != nil {
		fmt.Fprintln(stderr, "cohort:", err)
		return 1
	}
	return 0
}

func parseAt(s string, def time.Time, stderr io.Writer) (time.Time, bool) {
	if s == "" {
		return def, true
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		fmt.Fprintln(stderr, "cohort: -at: want an RFC 3339 time such as 2026-03-02T10:00:00Z")
		return time.Time{}, false
	}
	return t, true
}

func emitPlans(w *bufio.Writer, g *recoverytest.Generator, n int) error {
	enc := json.NewEncoder(w)
	for range n {
		if err := enc.Encode(g.Next()); err != nil {
			return err
		}
	}
	return nil
}

// A cohort runs in three stages: one producer reads lines (or generates
// plans) into batches, workers decode, validate and score the batches in
// parallel, and one collector writes each batch's rows and reports in input
// order and adds its scores to the summary in input order. The output is
// therefore the same whatever the number of workers. At most 2 batches per
// worker are in flight, so memory stays bounded.
const batchSize = 128

// item is one line of input, or one generated plan.
type item struct {
	line    int
	raw     []byte // the line, in the batch's arena; nil for a generated plan
	tooLong bool
	plan    recovery.Plan // a generated plan
	gen     bool
}

type batch struct {
	seq   int
	items []item
	arena []byte
}

// outcome is what a worker made of a batch.
type outcome struct {
	seq                  int
	rows, reports        []byte
	scores               [][5]float64 // the four subtotals and the total, per plan scored
	read, valid, invalid int
}

// cohort holds the running statistics, which only the collector touches.
type cohort struct {
	out    *bufio.Writer
	errOut io.Writer
	err    error // the first write error

	read, valid, invalid int
	ps                   [4]dist // philosophy, process, plan, purpose
	total                dist

	recycle *recycler
}

func newCohort(out *bufio.Writer, errOut io.Writer) *cohort {
	c := &cohort{out: out, errOut: errOut, total: newDist(100), recycle: newRecycler(16)}
	for i := range c.ps {
		c.ps[i] = newDist(quality.PointsPerP)
	}
	return c
}

func (c *cohort) header() {
	c.write([]byte("plan_id,version,p,criterion,score\n"))
}

func (c *cohort) write(b []byte) {
	if c.err == nil {
		_, c.err = c.out.Write(b)
	}
}

// run streams batches from produce through workers and collects them. produce
// sends batches in sequence and stops when done is closed; it returns a read
// error, if any.
func (c *cohort) run(at time.Time, workers int, produce func(send func(batch) bool) error) error {
	workers = max(workers, 1)
	jobs := make(chan batch, 2*workers)
	results := make(chan outcome, 2*workers)
	done := make(chan struct{})

	var readErr error
	go func() {
		defer close(jobs)
		readErr = produce(func(b batch) bool {
			select {
			case jobs <- b:
				return true
			case <-done:
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				results <- c.process(b, at)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := make(map[int]outcome, 4*workers)
	next := 0
	stopped := false
	for o := range results {
		pending[o.seq] = o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			c.collect(o)
			if c.err != nil && !stopped {
				stopped = true
				close(done)
			}
		}
	}
	if !stopped {
		close(done)
	}
	if c.err != nil {
		return c.err
	}
	return readErr
}

func (c *cohort) collect(o outcome) {
	c.write(o.rows)
	put(c.recycle.rows, o.rows)
	if len(o.reports) > 0 {
		c.errOut.Write(o.reports) //nolint:errcheck // reports are best effort
	}
	c.read += o.read
	c.valid += o.valid
	c.invalid += o.invalid
	for _, s := range o.scores {
		for i := range c.ps {
			c.ps[i].add(s[i])
		}
		c.total.add(s[4])
	}
}

// recycler hands buffers back from the later stages to the earlier ones, so
// a long run reuses a few arrays instead of allocating new ones for every
// batch. It holds a bounded number of each; a full or empty recycler just
// lets the garbage collector take over.
type recycler struct {
	arenas, rows chan []byte
}

func newRecycler(n int) *recycler {
	return &recycler{arenas: make(chan []byte, n), rows: make(chan []byte, n)}
}

func get(ch chan []byte) []byte {
	select {
	case b := <-ch:
		return b[:0]
	default:
		return nil
	}
}

func put(ch chan []byte, b []byte) {
	select {
	case ch <- b[:0]:
	default:
	}
}

// readBatches reads lines from in and sends them in batches.
func (c *cohort) readBatches(in io.Reader, maxLine int) func(send func(batch) bool) error {
	return func(send func(batch) bool) error {
		r := bufio.NewReaderSize(in, 64<<10)
		var buf []byte
		// A new arena, when none comes back for reuse, is sized for the
		// previous batch and a quarter more, so it is rarely regrown.
		arena := func(hint int) []byte {
			if a := get(c.recycle.arenas); a != nil {
				return a
			}
			return make([]byte, 0, hint+hint/4)
		}
		b := batch{arena: arena(0), items: make([]item, 0, batchSize)}
		flush := func() bool {
			if len(b.items) == 0 {
				return true
			}
			used := len(b.arena)
			ok := send(b)
			b = batch{seq: b.seq + 1, arena: arena(used), items: make([]item, 0, batchSize)}
			return ok
		}
		for line := 1; ; line++ {
			raw, tooLong, err := readLine(r, &buf, maxLine)
			if len(raw) > 0 || tooLong {
				start := len(b.arena)
				b.arena = append(b.arena, raw...)
				b.items = append(b.items, item{line: line, tooLong: tooLong, raw: b.arena[start:len(b.arena):len(b.arena)]})
				if len(b.items) == batchSize || len(b.arena) >= 1<<20 {
					if !flush() {
						return nil
					}
				}
			}
			if err == io.EOF {
				flush()
				return nil
			}
			if err != nil {
				flush()
				return err
			}
		}
	}
}

// generateBatches sends n plans from g in batches.
func generateBatches(g *recoverytest.Generator, n int) func(send func(batch) bool) error {
	return func(send func(batch) bool) error {
		seq := 0
		for i := 0; i < n; i += batchSize {
			b := batch{seq: seq, items: make([]item, 0, min(batchSize, n-i))}
			for j := i; j < min(i+batchSize, n); j++ {
				b.items = append(b.items, item{line: j + 1, plan: g.Next(), gen: true})
			}
			if !send(b) {
				return nil
			}
			seq++
		}
		return nil
	}
}

// process decodes, validates and scores the items of a batch. It runs in
// the workers and touches nothing of c but the recycler.
func (c *cohort) process(b batch, at time.Time) outcome {
	o := outcome{seq: b.seq, scores: make([][5]float64, 0, len(b.items)), rows: get(c.recycle.rows)}
	defer func() {
		if b.arena != nil {
			put(c.recycle.arenas, b.arena)
		}
	}()
	for i := range b.items {
		it := &b.items[i]
		if !it.gen && !it.tooLong && isBlank(it.raw) {
			continue
		}
		o.read++
		var p recovery.Plan
		switch {
		case it.gen:
			p = it.plan
		case it.tooLong:
			o.invalid++
			o.reports = report(o.reports, it.line, "too-long")
			continue
		default:
			if err := json.Unmarshal(it.raw, &p); err != nil {
				o.invalid++
				o.reports = report(o.reports, it.line, jsonRule(err))
				continue
			}
		}
		if err := p.Validate(); err != nil {
			o.invalid++
			var ve *recovery.ValidationError
			if !errors.As(err, &ve) {
				o.reports = report(o.reports, it.line, "invalid")
				continue
			}
			const most = 5 // problems reported per line
			for k, pr := range ve.Problems {
				if k == most {
					o.reports = report(o.reports, it.line, "and "+strconv.Itoa(len(ve.Problems)-most)+" more")
					break
				}
				o.reports = report(o.reports, it.line, pr.String())
			}
			continue
		}
		o.valid++
		q := quality.Score(p, at, nil)
		o.rows = appendRows(o.rows, p, q)
		o.scores = append(o.scores, [5]float64{q.Philosophy, q.Process, q.Plan, q.Purpose, q.Total})
	}
	return o
}

// appendRows appends the plan's CSV rows to dst.
func appendRows(dst []byte, p recovery.Plan, q quality.Report) []byte {
	id := p.ID.String()
	for _, cs := range q.Criteria {
		dst = append(dst, id...)
		dst = append(dst, ',')
		dst = strconv.AppendInt(dst, int64(p.Version), 10)
		dst = append(dst, ',')
		dst = append(dst, cs.P...)
		dst = append(dst, ',')
		dst = append(dst, cs.Criterion...)
		dst = append(dst, ',')
		dst = strconv.AppendFloat(dst, cs.Score, 'g', -1, 64)
		dst = append(dst, '\n')
	}
	return dst
}

// report appends a problem of line n: the line number and the rule, never
// the line's content.
func report(dst []byte, n int, rule string) []byte {
	dst = append(dst, "line "...)
	dst = strconv.AppendInt(dst, int64(n), 10)
	dst = append(dst, ": "...)
	dst = append(dst, rule...)
	return append(dst, '\n')
}

// readLine reads one line without its line ending into *buf (reused), or
// reports tooLong if it is longer than max bytes, having skipped the rest.
func readLine(r *bufio.Reader, buf *[]byte, max int) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(*buf)+len(chunk) > max+2 { // +2 for "\r\n"
				tooLong = true
				*buf = (*buf)[:0]
			} else {
				*buf = append(*buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		b := *buf
		for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
			b = b[:len(b)-1]
		}
		if tooLong || len(b) > max {
			return nil, true, err
		}
		return b, false, err
	}
}

// jsonRule names a JSON decoding error by its kind and place, never quoting
// the input.
func jsonRule(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return "json-syntax at byte " + strconv.FormatInt(se.Offset, 10)
	case errors.As(err, &te):
		return "json-type at " + te.Field
	}
	return "json"
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

func (c *cohort) summary(w io.Writer) {
	fmt.Fprintf(w, "plans read: %d\nvalid: %d\ninvalid: %d\n", c.read, c.valid, c.invalid)
	fmt.Fprintf(w, "%-10s %8s %8s %8s %8s\n", "p", "mean", "q1", "median", "q3")
	for i, pp := range quality.Ps() {
		c.ps[i].print(w, string(pp))
	}
	c.total.print(w, "total")
	fmt.Fprintln(w, "rubric", quality.RubricVersion+"; quartiles nearest-rank, to the nearest 0.01 point")
}

// dist is a running mean and a fixed histogram of values from 0 to max at a
// resolution of 0.01.
type dist struct {
	n    int
	sum  float64
	bins []uint64
}

func newDist(max float64) dist {
	return dist{bins: make([]uint64, int(math.Round(max*100))+1)}
}

func (d *dist) add(x float64) {
	d.n++
	d.sum += x
	i := int(math.Round(x * 100))
	i = min(max(i, 0), len(d.bins)-1)
	d.bins[i]++
}

// quantile returns the nearest-rank q-quantile, in points.
func (d *dist) quantile(q float64) float64 {
	k := uint64(math.Ceil(q * float64(d.n)))
	k = max(k, 1)
	var cum uint64
	for i, b := range d.bins {
		cum += b
		if cum >= k {
			return float64(i) / 100
		}
	}
	return float64(len(d.bins)-1) / 100
}

func (d *dist) print(w io.Writer, name string) {
	if d.n == 0 {
		fmt.Fprintf(w, "%-10s %8s %8s %8s %8s\n", name, "-", "-", "-", "-")
		return
	}
	fmt.Fprintf(w, "%-10s %8.2f %8.2f %8.2f %8.2f\n", name, d.sum/float64(d.n), d.quantile(0.25), d.quantile(0.5), d.quantile(0.75))
}
