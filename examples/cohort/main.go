// Command cohort scores a cohort of recovery plans on the 4 Ps, for research.
//
// It reads plans as JSON Lines (one recovery.Plan per line) from a file or
// standard input, or generates a seeded synthetic cohort, validates each plan,
// scores the valid ones with recovery.Score, and writes one CSV row per plan
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
// Memory stays flat however many plans stream through: one line is held at a
// time, and the quartiles come from fixed histograms of 0.01-point bins
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
//	-synthetic N  generate N synthetic plans (internal/synth) instead of reading
//	-seed S       the synthetic cohort's seed (default 1)
//	-at TIME      score at this RFC 3339 time (default: the synthetic cohort's
//	              reference time, 2026-03-02T10:00:00Z, for -synthetic; the
//	              current time otherwise)
//	-emit         with -synthetic, write the plans as JSON Lines, unscored
//	-max-line N   the longest line read, in bytes (default 8 MiB); longer lines
//	              are reported with rule "too-long" and skipped
//
// Plan IDs in the output identify records: run recovery.Deidentify before a
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
	"strconv"
	"time"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/internal/synth"
)

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
	maxLine := fs.Int("max-line", 8<<20, "the longest line read, in `bytes`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 || *synthetic < 0 || *maxLine <= 0 || (*emit && *synthetic == 0) || (*synthetic > 0 && fs.NArg() > 0) {
		fmt.Fprintln(stderr, "cohort: usage: cohort [-at TIME] [file] | cohort -synthetic N [-seed S] [-at TIME] [-emit]")
		return 2
	}

	out := bufio.NewWriterSize(stdout, 64<<10)
	c := newCohort(out, stderr)

	var err error
	if *synthetic > 0 {
		g := synth.New(*seed, nil)
		at, ok := parseAt(*atFlag, g.At(), stderr)
		if !ok {
			return 2
		}
		if *emit {
			err = emitPlans(out, g, *synthetic)
		} else {
			c.header()
			for range *synthetic {
				c.plan(g.Next(), at)
			}
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
		err = c.read(in, at, *maxLine)
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

func emitPlans(w *bufio.Writer, g *synth.Generator, n int) error {
	enc := json.NewEncoder(w)
	for range n {
		if err := enc.Encode(g.Next()); err != nil {
			return err
		}
	}
	return nil
}

// cohort scores plans one at a time and keeps only running statistics.
type cohort struct {
	out    *bufio.Writer
	errOut io.Writer
	err    error // the first write error

	read1, valid, invalid int
	ps                    [4]dist // philosophy, process, plan, purpose
	total                 dist
	row                   []byte // reused CSV row buffer
}

func newCohort(out *bufio.Writer, errOut io.Writer) *cohort {
	c := &cohort{out: out, errOut: errOut, total: newDist(100)}
	for i := range c.ps {
		c.ps[i] = newDist(recovery.PointsPerP)
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

// read scores every line of in.
func (c *cohort) read(in io.Reader, at time.Time, maxLine int) error {
	r := bufio.NewReaderSize(in, 64<<10)
	var buf []byte
	for line := 1; ; line++ {
		b, tooLong, err := readLine(r, &buf, maxLine)
		if len(b) > 0 || tooLong {
			c.line(line, b, tooLong, at)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if c.err != nil {
			return c.err
		}
	}
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
		if len(b) > max {
			tooLong, b = true, nil
		}
		if tooLong {
			b = nil
		}
		return b, tooLong, err
	}
}

// line validates and scores one line, or reports it.
func (c *cohort) line(n int, b []byte, tooLong bool, at time.Time) {
	if tooLong {
		c.read1++
		c.invalid++
		c.report(n, "too-long")
		return
	}
	if isBlank(b) {
		return
	}
	c.read1++
	var p recovery.Plan
	if err := json.Unmarshal(b, &p); err != nil {
		c.invalid++
		c.report(n, jsonRule(err))
		return
	}
	c.plan1(p, at, n)
}

// plan validates and scores a generated plan.
func (c *cohort) plan(p recovery.Plan, at time.Time) {
	c.read1++
	c.plan1(p, at, c.read1)
}

func (c *cohort) plan1(p recovery.Plan, at time.Time, n int) {
	if err := p.Validate(); err != nil {
		c.invalid++
		var ve *recovery.ValidationError
		if !errors.As(err, &ve) {
			c.report(n, "invalid")
			return
		}
		const most = 5 // problems reported per line
		for i, pr := range ve.Problems {
			if i == most {
				c.report(n, "and "+strconv.Itoa(len(ve.Problems)-most)+" more")
				break
			}
			c.report(n, pr.String())
		}
		return
	}
	c.valid++
	q := recovery.Score(p, at, nil)
	id := p.ID.String()
	ver := strconv.Itoa(p.Version)
	for _, cs := range q.Criteria {
		r := c.row[:0]
		r = append(r, id...)
		r = append(r, ',')
		r = append(r, ver...)
		r = append(r, ',')
		r = append(r, cs.P...)
		r = append(r, ',')
		r = append(r, cs.Criterion...)
		r = append(r, ',')
		r = strconv.AppendFloat(r, cs.Score, 'g', -1, 64)
		r = append(r, '\n')
		c.row = r
		c.write(r)
	}
	for i, pp := range recovery.Ps() {
		c.ps[i].add(q.Subtotal(pp))
	}
	c.total.add(q.Total)
}

// report writes a problem of line n to standard error: the line number and
// the rule, never the line's content.
func (c *cohort) report(n int, rule string) {
	fmt.Fprintf(c.errOut, "line %d: %s\n", n, rule)
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
	fmt.Fprintf(w, "plans read: %d\nvalid: %d\ninvalid: %d\n", c.read1, c.valid, c.invalid)
	fmt.Fprintf(w, "%-10s %8s %8s %8s %8s\n", "p", "mean", "q1", "median", "q3")
	for i, pp := range recovery.Ps() {
		c.ps[i].print(w, string(pp))
	}
	c.total.print(w, "total")
	fmt.Fprintln(w, "rubric", recovery.RubricVersion+"; quartiles nearest-rank, to the nearest 0.01 point")
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
