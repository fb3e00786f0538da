package cohort

import (
	"cmp"
	"encoding/json"
	"errors"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/recoverytest"
)

// A run streams in three stages: one producer reads lines (or generates
// plans) into batches, workers decode, validate and tabulate the batches in
// parallel, and one collector writes each batch's rows and rejects in input
// order, drops duplicates, and adds the values to the summary in input order.
// The output is therefore the same whatever the number of workers. At most 2
// batches per worker are in flight, so the memory of the stream is bounded;
// what grows with the input is listed in the package documentation.
const batchSize = 128

// mostProblems is how many problems of one invalid plan are written to the
// rejects file; the rest are counted in one more row.
const mostProblems = 20

type item struct {
	src    int
	line   int
	raw    []byte         // the line, in the batch's arena
	rule   string         // a reject found while reading (too-long, gzip-truncated, ...)
	path   string         // its path, if any
	plan   *recovery.Plan // a generated plan
	bundle []byte         // a Bundle reassembled from a FHIR Bulk Data export
}

type batch struct {
	seq   int
	items []item
	arena []byte
}

type reject struct {
	Source string `json:"source"`
	Line   int    `json:"line"`
	Rule   string `json:"rule"`
	Path   string `json:"path,omitempty"`
}

// result is what a worker made of one line.
type result struct {
	src, line  int
	rejects    []reject
	plan       bool // a plan in the shard: its rows are rows[start:end]
	start, end int
	nrows      int // the number of rows in rows[start:end]
	vstart     int
	vend       int
	id         uuid.UUID
	head       ident // for rows the collector writes
	keep       []string
	gas        gasFollowUp
}

type outcome struct {
	seq      int
	rows     []byte
	results  []result
	vals     []val
	blank    int
	outShard int
}

// runner holds one run's settings and, in the collector, its running state.
type runner struct {
	cfg    *config
	names  []string // the sources' names
	out    io.Writer
	rej    io.Writer
	err    error // the first write error
	sum    *summary
	seen   map[uuid.UUID]struct{}
	gasT   map[uuid.UUID]gasFollowUp
	wait   map[uuid.UUID][]waiting
	enc    *rowEnc // the collector's own encoder, for change rows
	rejBuf []byte
	prog   *progress
	rec    *recycler
}

func (r *runner) write(b []byte) {
	if r.err == nil && len(b) > 0 {
		_, r.err = r.out.Write(b)
	}
}

// stream runs the three stages over produce.
func (r *runner) stream(produce func(send func(batch) bool) error) error {
	workers := max(r.cfg.workers, 1)
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
			w := newWorker(r.cfg, r.rec)
			for b := range jobs {
				results <- w.process(b)
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
			r.collect(o)
			if r.err != nil && !stopped {
				stopped = true
				close(done)
			}
		}
	}
	if !stopped {
		close(done)
	}
	if r.err != nil {
		return r.err
	}
	return readErr
}

func (r *runner) collect(o outcome) {
	s := r.sum
	s.Counts.Blank += o.blank
	s.Counts.OutOfShard += o.outShard
	for i := range o.results {
		res := &o.results[i]
		s.Counts.Read++
		if res.plan {
			if _, dup := r.seen[res.id]; dup {
				res.rejects = append(res.rejects, reject{Rule: "duplicate", Path: "id"})
				res.plan = false
			} else {
				r.seen[res.id] = struct{}{}
			}
		}
		if !res.plan {
			s.Counts.Rejected++
			for _, rj := range res.rejects {
				s.rule(rj.Rule)
				rj.Source, rj.Line = r.names[res.src], res.line
				r.rejectRow(rj)
			}
			continue
		}
		s.Counts.Plans++
		if r.cfg.tbl != reportTable {
			r.write(o.rows[res.start:res.end])
			s.Counts.Rows += res.nrows
		}
		g := s.group(res.keep)
		for _, v := range o.vals[res.vstart:res.vend] {
			s.add(g, v.v, v.x)
		}
		if r.cfg.tbl.changeVar > 0 {
			r.gasChange(res, g)
		}
	}
	put(r.rec.rows, o.rows)
	if r.prog != nil {
		r.prog.update(s.Counts.Plans, s.Counts.Rejected)
	}
}

// gasChange writes the change in follow-up T-score between res and the
// version it replaces, whichever of the two comes second in the input.
func (r *runner) gasChange(res *result, g *group) {
	if !res.gas.has[0] && !res.gas.has[1] {
		return
	}
	r.gasT[res.id] = res.gas
	if res.head.replaces != uuid.Nil {
		if prev, ok := r.gasT[res.head.replaces]; ok {
			r.changeRows(res, prev, g)
		} else {
			r.wait[res.head.replaces] = append(r.wait[res.head.replaces], waiting{head: res.head, keep: res.keep, gas: res.gas})
		}
	}
	for _, w := range r.wait[res.id] {
		later := result{head: w.head, keep: w.keep, gas: w.gas}
		r.changeRows(&later, res.gas, r.sum.group(w.keep))
	}
	delete(r.wait, res.id)
}

// waiting is a later version read before the version it replaces: what its
// change row needs, and no more.
type waiting struct {
	head ident
	keep []string
	gas  gasFollowUp
}

// ident is what identifies a plan in the tables: the cells every row
// starts with.
type ident struct {
	id, replaces uuid.UUID
	person       phi.ID
	series       string
	version      int
}

func identOf(p *recovery.Plan) ident {
	return ident{id: p.ID, replaces: p.Replaces, person: p.PersonID, series: seriesID(p), version: p.Version}
}

func (r *runner) changeRows(res *result, prev gasFollowUp, g *group) {
	c := planCtx{id: res.head, keep: res.keep, e: r.enc}
	r.enc.buf = r.enc.buf[:0]
	for wi, w := range weightings {
		if !res.gas.has[wi] || !prev.has[wi] {
			continue
		}
		d := res.gas.t[wi] - prev.t[wi]
		c.prefix()
		for range 3 {
			r.enc.null()
		}
		r.enc.str(measureGASFromReplaced)
		r.enc.str(w)
		r.enc.float(goals.DefaultRho)
		r.enc.float(d)
		r.enc.null()
		r.enc.end()
		if r.cfg.tbl != reportTable {
			r.sum.Counts.Rows++
		}
		r.sum.add(g, r.cfg.tbl.changeVar+wi, d)
	}
	if r.cfg.tbl != reportTable {
		r.write(r.enc.buf)
	}
}

func (r *runner) rejectRow(rj reject) {
	if r.rej == nil {
		return
	}
	b := r.rejBuf[:0]
	b = append(b, `{"source":`...)
	b = appendJSONString(b, rj.Source)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(rj.Line), 10)
	b = append(b, `,"rule":`...)
	b = appendJSONString(b, rj.Rule)
	if rj.Path != "" {
		b = append(b, `,"path":`...)
		b = appendJSONString(b, rj.Path)
	}
	b = append(b, "}\n"...)
	r.rejBuf = b
	if _, err := r.rej.Write(b); err != nil && r.err == nil {
		r.err = err
	}
}

// worker decodes, validates and tabulates batches; each worker has its own.
type worker struct {
	cfg    *config
	enc    *rowEnc
	rec    *recycler
	preBuf []byte
}

func newWorker(cfg *config, rec *recycler) *worker {
	return &worker{cfg: cfg, enc: newRowEnc(cfg.format, cfg.columnNames()), rec: rec}
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
	if cap(b) == 0 {
		return
	}
	select {
	case ch <- b[:0]:
	default:
	}
}

// shardOf places a key in one of n shards.
func shardOf(key string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(key)) //nolint:errcheck // a hash never fails
	return int(h.Sum64() % uint64(n))
}

// inShard reports whether a line that gave no plan belongs to this shard: by
// its place in the input, so each rejected line is reported by one shard.
func (w *worker) lineInShard(src, line int) bool {
	n := w.cfg.shardN
	return n <= 1 || shardOf(strconv.Itoa(src)+":"+strconv.Itoa(line), n) == w.cfg.shardI
}

func (w *worker) process(b batch) outcome {
	cfg := w.cfg
	o := outcome{seq: b.seq, results: make([]result, 0, len(b.items))}
	w.enc.buf = get(w.rec.rows)
	defer put(w.rec.arenas, b.arena)
	for i := range b.items {
		it := &b.items[i]
		res := result{src: it.src, line: it.line}
		if it.rule != "" {
			if w.lineInShard(it.src, it.line) {
				res.rejects = []reject{{Rule: it.rule, Path: it.path}}
				o.results = append(o.results, res)
			}
			continue
		}
		var p recovery.Plan
		switch {
		case it.plan != nil:
			p = *it.plan
		case it.bundle != nil:
			var err error
			if p, _, err = fhir.Import(it.bundle); err != nil {
				if w.lineInShard(it.src, it.line) {
					res.rejects = []reject{{Rule: "fhir-malformed"}}
					if errors.As(err, new(*recovery.ValidationError)) {
						res.rejects = validationRejects(err)
					}
					o.results = append(o.results, res)
				}
				continue
			}
		default:
			if isBlank(it.raw) {
				if w.lineInShard(it.src, it.line) {
					o.blank++
				}
				continue
			}
			if cfg.shardN > 1 {
				var who struct {
					PersonID string `json:"personId"`
				}
				if err := decode(it.raw, &who); err == nil && shardOf(who.PersonID, cfg.shardN) != cfg.shardI {
					o.outShard++
					continue
				}
			}
			if err := decode(it.raw, &p); err != nil {
				if w.lineInShard(it.src, it.line) {
					res.rejects = []reject{jsonReject(err)}
					o.results = append(o.results, res)
				}
				continue
			}
			if len(cfg.keep) > 0 {
				res.keep = keepValues(it.raw, cfg.keep)
			}
		}
		if (it.plan != nil || it.bundle != nil) && cfg.shardN > 1 && shardOf(string(p.PersonID), cfg.shardN) != cfg.shardI {
			o.outShard++
			continue
		}
		if err := p.Validate(); err != nil {
			res.rejects = validationRejects(err)
			o.results = append(o.results, res)
			continue
		}
		res.plan = true
		res.id = p.ID
		res.head = identOf(&p)
		res.start = len(w.enc.buf)
		res.vstart = len(o.vals)
		rows0 := w.enc.rows
		c := planCtx{p: &p, id: res.head, at: cfg.at, keep: res.keep, e: w.enc, vals: o.vals, preBuf: w.preBuf}
		cfg.tbl.rows(&c)
		o.vals, w.preBuf = c.vals, c.pre
		res.end, res.vend = len(w.enc.buf), len(o.vals)
		res.nrows = w.enc.rows - rows0
		res.gas = c.gas
		o.results = append(o.results, res)
	}
	o.rows = w.enc.buf
	return o
}

// keepValues returns the values of the keys beside the plan in a line: a
// string as its text, any other JSON value as written, a missing key or null
// as "".
func keepValues(raw []byte, keys []string) []string {
	var m map[string]json.RawMessage
	out := make([]string, len(keys))
	if decode(raw, &m) != nil {
		return out
	}
	for i, k := range keys {
		v, ok := m[k]
		if !ok || string(v) == "null" {
			continue
		}
		var s string
		if decode(v, &s) == nil {
			out[i] = s
		} else {
			out[i] = strings.TrimSpace(string(v))
		}
	}
	return out
}

// readBatches reads the sources' lines and sends them in batches.
func (r *runner) readBatches(srcs []source) func(send func(batch) bool) error {
	return func(send func(batch) bool) error {
		b := batch{items: make([]item, 0, batchSize)}
		flush := func() bool {
			if len(b.items) == 0 {
				return true
			}
			used := len(b.arena)
			ok := send(b)
			arena := get(r.rec.arenas)
			if arena == nil {
				arena = make([]byte, 0, used+used/4)
			}
			b = batch{seq: b.seq + 1, arena: arena, items: make([]item, 0, batchSize)}
			return ok
		}
		add := func(it item) bool {
			b.items = append(b.items, it)
			if len(b.items) == batchSize || len(b.arena) >= 1<<20 {
				return flush()
			}
			return true
		}
		var firstErr error
		for si, src := range srcs {
			rc, lr, err := r.openLines(src)
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				continue
			}
			if lr == nil {
				if !add(item{src: si, line: 1, rule: "gzip-corrupt"}) {
					return nil
				}
				continue
			}
			for line := 1; ; line++ {
				raw, tooLong, err := lr.next()
				if err != nil && err != io.EOF {
					// The line cut short by the error is not kept.
					if !add(item{src: si, line: line, rule: readRule(err, lr.gz)}) {
						rc.Close()
						return nil
					}
					break
				}
				ok := true
				switch {
				case tooLong:
					ok = add(item{src: si, line: line, rule: "too-long"})
				case len(raw) > 0:
					start := len(b.arena)
					b.arena = append(b.arena, raw...)
					ok = add(item{src: si, line: line, raw: b.arena[start:len(b.arena):len(b.arena)]})
				case err == nil:
					ok = add(item{src: si, line: line, raw: b.arena[len(b.arena):len(b.arena):len(b.arena)]})
				}
				if !ok {
					rc.Close()
					return nil
				}
				if err == io.EOF {
					break
				}
			}
			rc.Close()
		}
		flush()
		return firstErr
	}
}

// generateBatches sends n plans from g in batches.
func generateBatches(g *recoverytest.Generator, n int) func(send func(batch) bool) error {
	return func(send func(batch) bool) error {
		seq := 0
		for i := 0; i < n; i += batchSize {
			b := batch{seq: seq, items: make([]item, 0, min(batchSize, n-i))}
			for j := i; j < min(i+batchSize, n); j++ {
				p := g.Next()
				b.items = append(b.items, item{line: j + 1, plan: &p})
			}
			if !send(b) {
				return nil
			}
			seq++
		}
		return nil
	}
}

// jsonReject names a JSON decoding error of encoding/json by its kind and
// place, never quoting the input.
func jsonReject(err error) reject {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return reject{Rule: "json-syntax", Path: "byte " + strconv.FormatInt(se.Offset, 10)}
	case errors.As(err, &te):
		return reject{Rule: "json-type", Path: te.Field}
	}
	return reject{Rule: "json"}
}

// validationRejects lists the problems of a plan that is not valid, at most
// mostProblems of them and then their number.
func validationRejects(err error) []reject {
	var ve *recovery.ValidationError
	if !errors.As(err, &ve) {
		return []reject{{Rule: "invalid"}}
	}
	var out []reject
	for k, pr := range ve.Problems {
		if k == mostProblems {
			return append(out, reject{Rule: "more-problems", Path: strconv.Itoa(len(ve.Problems) - mostProblems)})
		}
		out = append(out, reject{Rule: pr.Rule, Path: pr.Path})
	}
	return out
}

// readBulk reads a FHIR Bulk Data export from the sources (one NDJSON file
// per resource type, in any order), reassembles one Bundle per CarePlan and
// sends them in batches. The whole export is held in memory while the
// plans are reassembled.
func (r *runner) readBulk(srcs []source) func(send func(batch) bool) error {
	return func(send func(batch) bool) error {
		var rs []bulkResource
		var rejects []item
		var firstErr error
		for si, src := range srcs {
			rc, lr, err := r.openLines(src)
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				continue
			}
			if lr == nil {
				rejects = append(rejects, item{src: si, line: 1, rule: "gzip-corrupt"})
				continue
			}
			for line := 1; ; line++ {
				raw, tooLong, err := lr.next()
				if err != nil && err != io.EOF {
					rejects = append(rejects, item{src: si, line: line, rule: readRule(err, lr.gz)})
					break
				}
				switch {
				case tooLong:
					rejects = append(rejects, item{src: si, line: line, rule: "too-long"})
				case !isBlank(raw):
					res, jerr := parseBulk(raw)
					if errors.Is(jerr, errNoResourceType) {
						rejects = append(rejects, item{src: si, line: line, rule: "fhir-resource-type"})
					} else if jerr != nil {
						rj := jsonReject(jerr)
						rejects = append(rejects, item{src: si, line: line, rule: rj.Rule, path: rj.Path})
					} else {
						res.src, res.line = si, line
						rs = append(rs, res)
					}
				}
				if err == io.EOF {
					break
				}
			}
			rc.Close()
		}
		items := rejects
		for _, a := range bundles(rs) {
			items = append(items, item{src: a.src, line: a.line, bundle: a.bundle})
		}
		slices.SortStableFunc(items, func(a, b item) int {
			return cmp.Or(cmp.Compare(a.src, b.src), cmp.Compare(a.line, b.line))
		})
		for seq := 0; len(items) > 0; seq++ {
			n := min(batchSize, len(items))
			if !send(batch{seq: seq, items: items[:n:n]}) {
				return nil
			}
			items = items[n:]
		}
		return firstErr
	}
}

// openLines opens src and a line reader over it. A source that does not open
// returns its error; a gzip stream whose header does not read returns a nil
// reader, the stream already closed, for the caller to reject its first line.
func (r *runner) openLines(src source) (io.ReadCloser, *lineReader, error) {
	rc, err := src.open()
	if err != nil {
		return nil, nil, err
	}
	lr, err := newLineReader(rc, r.cfg.maxLine)
	if err != nil {
		rc.Close()
		return rc, nil, nil
	}
	return rc, lr, nil
}
