package cohort

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// The exit codes.
const (
	ExitOK       = 0 // the run completed; rejected lines are in the rejects file and the summary
	ExitError    = 1 // an input could not be opened or an output could not be written
	ExitUsage    = 2 // bad flags or arguments
	ExitRejected = 3 // -strict, and at least one line was rejected
)

// MaxWorkers bounds -workers: more goroutines than this only add memory
// (each holds a batch and its results) on any machine the command runs on.
const MaxWorkers = 1024

// config is one run's settings, read by every stage and never written after
// the flags are parsed.
type config struct {
	cmd       string
	tbl       *table
	at        time.Time
	keep      []string
	format    format
	workers   int
	maxLine   int
	shardI    int
	shardN    int
	synthetic int
	seed      uint64
	emit      bool
	strict    bool
	qtype     int
}

func (c *config) columnNames() []string {
	var out []string
	for _, col := range c.columns() {
		out = append(out, col.Name)
	}
	return out
}

// columns returns the table's columns: the identifying columns, the -keep
// columns, then the table's own.
func (c *config) columns() []column {
	out := append([]column(nil), idColumns...)
	for _, k := range c.keep {
		out = append(out, column{Name: k, Type: "string", Label: "passed through from the key " + k + " beside the plan in the input line; missing when absent or null", Source: "input line"})
	}
	return append(out, c.tbl.cols...)
}

// Main runs the command named name (for messages) with args, its streams
// passed in, and returns the exit code.
func Main(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(name, stderr)
		return ExitUsage
	}
	switch cmd := args[0]; cmd {
	case "-h", "-help", "--help", "help":
		usage(name, stdout)
		return ExitOK
	case "codebook":
		return codebookCmd(name, args[1:], stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, name, library().Version, "rubric", rubricVersion)
		return ExitOK
	default:
		t := tableNamed(cmd)
		if cmd == reportTable.name {
			t = reportTable
		}
		if t == nil {
			fmt.Fprintf(stderr, "%s: unknown command %q\n", name, cmd)
			usage(name, stderr)
			return ExitUsage
		}
		return tableCmd(name, cmd, t, args[1:], stdin, stdout, stderr)
	}
}

func usage(name string, w io.Writer) {
	fmt.Fprintf(w, `Usage: %[1]s <command> [flags] [file or directory ...]

%[1]s turns recovery plans (JSON Lines, one plan per line; files,
directories of shards, or standard input; gzip-compressed or not) into tidy
long-format tables for R, pandas or a spreadsheet.

Commands:
  score      plan quality on the 4 Ps, one row per plan and criterion
  goals      GAS T-scores per plan (weighted and unweighted), change between
             versions, goals left out and why; SMART criteria per goal
  decisions  shared decisions: stage, who chose, quality
  readiness  crisis plan readiness: score, missing fields, stale, naloxone
  report     a self-contained HTML report: the 4 Ps, GAS change and
             readiness, overall and by -keep group
  codebook   the data dictionary of every table
  version    the library and rubric versions

Tables are CSV (the default), NDJSON or Parquet: -format, or -o's extension
(.csv, .ndjson, .jsonl, .parquet; .gz compresses CSV and NDJSON).

Run '%[1]s <command> -h' for a command's flags.
Exit codes: 0 done (rejected lines included), 1 an input or output failed,
2 usage, 3 -strict and a line was rejected.
`, name)
}

// tableCmd runs a table command.
func tableCmd(name, cmd string, t *table, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(name+" "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the table to `file` (default stdout); .csv, .ndjson, .jsonl or .parquet choose the format, .gz compresses CSV and NDJSON")
	formatFlag := fs.String("format", "", "the table's `format`: csv, ndjson or parquet (default: from -o's extension, else csv)")
	atFlag := fs.String("at", "", "score at this RFC 3339 `time`; required for file input (default for -synthetic: its reference time)")
	keepFlag := fs.String("keep", "", "pass these comma-separated `keys` of each input line through as grouping columns")
	rejectsPath := fs.String("rejects", "", "write one NDJSON row per rejected line and rule to `file`: source, line, rule, path; never content")
	summaryPath := fs.String("summary", "", "write the summary as JSON to `file`: counts, means, SDs, quartiles, overall and by -keep group")
	codebookPath := fs.String("codebook", "", "write the table's data dictionary to `file` (.json for JSON, .parquet for Parquet, else CSV)")
	qtype := fs.Int("quantile-type", 7, "the quartiles' `type`, 1 to 9, as R's quantile (7 is R's and pandas' default)")
	shardFlag := fs.String("shard", "", "read only shard `i/n` (0 ≤ i < n): the plans of the persons whose personId hashes to i")
	workers := fs.Int("workers", min(runtime.GOMAXPROCS(0), MaxWorkers), "tabulate with `N` goroutines, 1 to 1024; the output is the same for any N")
	maxLine := fs.Int("max-line", recovery.MaxPlanBytes, "the longest line read, in `bytes`, 1 to recovery.MaxPlanBytes; longer lines are rejected (too-long)")
	strict := fs.Bool("strict", false, "exit 3 when any line was rejected")
	synthetic := fs.Int("synthetic", 0, "tabulate `N` synthetic plans instead of reading")
	seed := fs.Uint64("seed", 1, "the synthetic cohort's `seed`")
	emit := fs.Bool("emit", false, "with -synthetic, write the plans as JSON Lines instead of a table")
	fhirFlag := fs.Bool("fhir", false, "read a FHIR Bulk Data export (NDJSON, one file per resource type) instead of plans: one plan per CarePlan, through fhir.Import")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s %s [flags] [file or directory ...]\n\n", name, cmd)
		if t != nil {
			fmt.Fprintf(fs.Output(), "Writes %s.\n\nFlags:\n", t.label)
		}
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "%s %s: "+format+"\n", append([]any{name, cmd}, a...)...)
		return ExitUsage
	}
	cfg := &config{cmd: cmd, tbl: t, workers: *workers, maxLine: *maxLine, strict: *strict,
		synthetic: *synthetic, seed: *seed, emit: *emit, qtype: *qtype, shardN: 1}
	report := t == reportTable
	if report && (*formatFlag != "" || *codebookPath != "") {
		return bad("the report is HTML: -format and -codebook do not apply")
	}
	switch {
	case *workers < 1 || *workers > MaxWorkers:
		return bad("-workers: want 1 to %d", MaxWorkers)
	case *maxLine < 1 || *maxLine > recovery.MaxPlanBytes:
		return bad("-max-line: want 1 to %d bytes (recovery.MaxPlanBytes)", recovery.MaxPlanBytes)
	case *qtype < 1 || *qtype > 9:
		return bad("-quantile-type: want 1 to 9")
	case *synthetic < 0:
		return bad("-synthetic: want a positive number of plans")
	case *emit && *synthetic == 0:
		return bad("-emit needs -synthetic N")
	case *synthetic > 0 && fs.NArg() > 0:
		return bad("-synthetic reads no files")
	case *fhirFlag && (*synthetic > 0 || *keepFlag != ""):
		return bad("-fhir reads an export's resources: -synthetic and -keep do not apply")
	}
	if *keepFlag != "" {
		for _, k := range strings.Split(*keepFlag, ",") {
			k = strings.TrimSpace(k)
			if k == "" {
				return bad("-keep: an empty key")
			}
			cfg.keep = append(cfg.keep, k)
		}
		seen := map[string]bool{}
		for _, c := range cfg.columns() {
			if seen[c.Name] {
				return bad("-keep: %q is already a column of the table", c.Name)
			}
			seen[c.Name] = true
		}
	}
	if *shardFlag != "" {
		i, n, ok := parseShard(*shardFlag)
		if !ok {
			return bad("-shard: want i/n with 0 ≤ i < n, for example 0/4")
		}
		cfg.shardI, cfg.shardN = i, n
	}
	f, ok := chooseFormat(*formatFlag, *out)
	if !ok {
		return bad("-format: want csv, ndjson or parquet")
	}
	if f == formatParquet && !report && isGzip(*out) {
		if *formatFlag != "" {
			return bad("-format parquet: -o %s: Parquet compresses its own columns (zstd); drop the .gz", filepath.Base(*out))
		}
		return bad("-o %s: Parquet compresses its own columns (zstd); drop the .gz", filepath.Base(*out))
	}
	if f == formatParquet && *emit {
		return bad("-emit writes plans as JSON Lines: -format parquet does not apply")
	}
	if bookFormat(*codebookPath) == formatParquet && isGzip(*codebookPath) {
		return bad("-codebook %s: Parquet compresses its own columns (zstd); drop the .gz", filepath.Base(*codebookPath))
	}
	cfg.format = f
	if report {
		cfg.format = formatCSV // the rows are drawn, not written
	}

	var g *recoverytest.Generator
	if *synthetic > 0 {
		g = recoverytest.New(*seed, nil)
		cfg.at = g.At()
	}
	if *atFlag != "" {
		at, err := time.Parse(time.RFC3339, *atFlag)
		if err != nil {
			return bad("-at: want an RFC 3339 time such as 2026-03-02T10:00:00Z")
		}
		cfg.at = at
	} else if g == nil {
		return bad("-at is required when reading plans: the time the plans are scored at (for example 2026-03-02T10:00:00Z)")
	}

	var srcs []source
	if g == nil {
		var err error
		if srcs, err = sources(fs.Args(), stdin); err != nil {
			fmt.Fprintf(stderr, "%s %s: %v\n", name, cmd, err)
			return ExitError
		}
	}

	w, closeOut, err := create(*out, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "%s %s: %v\n", name, cmd, err)
		return ExitError
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if cfg.emit {
		err := emitPlans(bw, g, cfg.synthetic)
		if ferr := bw.Flush(); err == nil {
			err = ferr
		}
		if cerr := closeOut(); err == nil {
			err = cerr
		}
		if err != nil {
			fmt.Fprintf(stderr, "%s %s: %v\n", name, cmd, err)
			return ExitError
		}
		return ExitOK
	}

	r := &runner{cfg: cfg, out: bw, seen: map[uuid.UUID]struct{}{}, gasT: map[uuid.UUID]gasFollowUp{}, wait: map[uuid.UUID][]waiting{}}
	var pw *parquetWriter
	if cfg.format == formatParquet && !report {
		if pw, err = newParquetWriter(bw, t.name, cfg.columns(), parquetCompression); err != nil {
			closeOut()
			fmt.Fprintf(stderr, "%s %s: %v\n", name, cmd, err)
			return ExitError
		}
		r.out = pw
	}
	r.enc = newRowEnc(cfg.format, cfg.columnNames())
	r.rec = newRecycler(4 * cfg.workers)
	r.sum = newSummary(t.vars, cfg.keep)
	r.sum.keepValues = *summaryPath != "" || report
	for _, s := range srcs {
		r.names = append(r.names, s.name)
	}
	if g != nil {
		r.names = []string{"synthetic"}
	}
	var closeRej func() error
	if *rejectsPath != "" {
		rw, c, err := create(*rejectsPath, nil)
		if err != nil {
			fmt.Fprintf(stderr, "%s %s: %v\n", name, cmd, err)
			return ExitError
		}
		rb := bufio.NewWriter(rw)
		r.rej = rb
		closeRej = func() error {
			err := rb.Flush()
			if cerr := c(); err == nil {
				err = cerr
			}
			return err
		}
	}
	r.prog = newProgress(stderr)

	if !report {
		hdr := newRowEnc(cfg.format, nil)
		hdr.header(cfg.columnNames())
		r.write(hdr.buf)
	}
	switch {
	case g != nil:
		err = r.stream(generateBatches(g, cfg.synthetic))
	case *fhirFlag:
		err = r.stream(r.readBulk(srcs))
	default:
		err = r.stream(r.readBatches(srcs))
	}
	r.prog.done(r.sum.Counts.Plans, r.sum.Counts.Rejected)
	meta := r.meta()
	if r.sum.keepValues {
		r.sum.finish(cfg.qtype)
		s := r.sum
		s.Command, s.Table, s.runMeta = cmd, t.name, meta
		if s.Keep == nil {
			s.Keep = []string{}
		}
	}
	if report && err == nil {
		err = writeReport(bw, r.sum, meta)
	}
	if pw != nil {
		if perr := pw.Close(); err == nil {
			err = perr
		}
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if closeRej != nil {
		if cerr := closeRej(); err == nil {
			err = cerr
		}
	}
	if *summaryPath != "" {
		if werr := writeJSONFile(*summaryPath, r.sum); err == nil {
			err = werr
		}
	}
	if *codebookPath != "" {
		if werr := writeCodebook(*codebookPath, meta, []tableDoc{cfg.doc()}); err == nil {
			err = werr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s %s: %v\n", name, cmd, err)
		return ExitError
	}
	if n := r.sum.Counts.Rejected; n > 0 {
		if *rejectsPath == "" {
			fmt.Fprintf(stderr, "%s %s: %d lines rejected (write them with -rejects FILE)\n", name, cmd, n)
		}
		if cfg.strict {
			return ExitRejected
		}
	}
	return ExitOK
}

func parseShard(s string) (i, n int, ok bool) {
	a, b, found := strings.Cut(s, "/")
	if !found {
		return 0, 0, false
	}
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return 0, 0, false
	}
	return i, n, true
}

// chooseFormat returns the format -format names, else the one of out's
// extension (.gz aside), else CSV.
func chooseFormat(flagValue, out string) (format, bool) {
	switch flagValue {
	case "csv":
		return formatCSV, true
	case "ndjson", "jsonl":
		return formatNDJSON, true
	case "parquet":
		return formatParquet, true
	case "":
	default:
		return 0, false
	}
	switch ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(out), ".gz"))); ext {
	case ".ndjson", ".jsonl":
		return formatNDJSON, true
	case ".parquet":
		return formatParquet, true
	}
	return formatCSV, true
}

func isGzip(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".gz") }

// create opens path for writing (gzip-compressed when it ends in .gz); ""
// means def.
func create(path string, def io.Writer) (io.Writer, func() error, error) {
	if path == "" || path == "-" && def != nil {
		return def, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	if isGzip(path) {
		zw := gzip.NewWriter(f)
		return zw, func() error {
			err := zw.Close()
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			return err
		}, nil
	}
	return f, f.Close, nil
}

func writeJSONFile(path string, v any) error {
	w, closeFn, err := create(path, nil)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	err = enc.Encode(v)
	if cerr := closeFn(); err == nil {
		err = cerr
	}
	return err
}

func emitPlans(w io.Writer, g *recoverytest.Generator, n int) error {
	enc := json.NewEncoder(w)
	for range n {
		if err := enc.Encode(g.Next()); err != nil {
			return err
		}
	}
	return nil
}

// runMeta is what makes a run reproducible, written into the summary and the
// codebook.
type runMeta struct {
	Library   libraryInfo `json:"library"`
	Rubric    string      `json:"rubric"`
	At        string      `json:"at"`
	Seed      *uint64     `json:"seed"`
	Synthetic int         `json:"synthetic,omitempty"`
	Shard     string      `json:"shard"`
}

func (r *runner) meta() runMeta {
	return r.cfg.meta()
}

func (c *config) meta() runMeta {
	m := runMeta{Library: library(), Rubric: rubricVersion, Shard: strconv.Itoa(c.shardI) + "/" + strconv.Itoa(c.shardN)}
	if !c.at.IsZero() {
		m.At = c.at.Format(time.RFC3339Nano)
	}
	if c.synthetic > 0 {
		s := c.seed
		m.Seed, m.Synthetic = &s, c.synthetic
	}
	return m
}

const modulePath = "github.com/recoverykit/recovery"

// library returns the library's module path and version as built into the
// binary: a release version for go install ...@v1.2.3, "(devel)" for a
// build from a checkout.
func library() libraryInfo {
	info := libraryInfo{Module: modulePath, Version: "(devel)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	if bi.Main.Path == modulePath && bi.Main.Version != "" {
		info.Version = bi.Main.Version
		return info
	}
	for _, d := range bi.Deps {
		if d.Path == modulePath {
			info.Version = d.Version
		}
	}
	return info
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
