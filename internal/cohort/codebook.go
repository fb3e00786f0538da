package cohort

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// tableDoc is one table in the codebook.
type tableDoc struct {
	Table   string   `json:"table"`
	Label   string   `json:"label"`
	Columns []column `json:"columns"`
}

type codebookFile struct {
	runMeta
	Missing string     `json:"missing"`
	Tables  []tableDoc `json:"tables"`
}

const missingNote = "a missing value is an empty CSV field or a JSON or Parquet null"

func (c *config) doc() tableDoc {
	return tableDoc{Table: c.tbl.name, Label: c.tbl.label, Columns: c.columns()}
}

// formatJSON is the codebook's JSON document, beside the table formats.
const formatJSON format = -1

// bookFormat returns the codebook's format for the file name path: JSON for
// .json (or .json.gz), Parquet for .parquet, CSV otherwise.
func bookFormat(path string) format {
	switch strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(path), ".gz"))) {
	case ".json":
		return formatJSON
	case ".parquet":
		return formatParquet
	}
	return formatCSV
}

// writeCodebook writes the data dictionary to path in the format of its name
// (bookFormat).
func writeCodebook(path string, meta runMeta, docs []tableDoc) error {
	f := bookFormat(path)
	if f == formatJSON {
		return writeJSONFile(path, codebookFile{runMeta: meta, Missing: missingNote, Tables: docs})
	}
	w, closeFn, err := create(path, nil)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	err = writeCodebookTable(bw, f, meta, docs)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := closeFn(); err == nil {
		err = cerr
	}
	return err
}

// codebookColumns are the columns of the codebook as a table, all text.
var codebookColumns = func() []column {
	var out []column
	for _, n := range []string{"table", "column", "type", "label", "code", "code_label", "source"} {
		out = append(out, column{Name: n, Type: "string"})
	}
	return out
}()

// writeCodebookTable writes the dictionary in long format, as CSV or
// Parquet: one row per column, and one more per code of a coded column. The
// run's settings come first, as rows of table "run" whose code is the
// setting's value.
func writeCodebookTable(w io.Writer, f format, meta runMeta, docs []tableDoc) error {
	var names []string
	for _, c := range codebookColumns {
		names = append(names, c.Name)
	}
	e := newRowEnc(f, names)
	e.header(names)
	seed := ""
	if meta.Seed != nil {
		seed = fmt.Sprint(*meta.Seed)
	}
	for _, kv := range [][4]string{
		{"library", meta.Library.Module + " " + meta.Library.Version, "the library that made the tables", "build"},
		{"rubric", meta.Rubric, "the plan-quality rubric version", "build"},
		{"at", meta.At, "the time the plans were scored at (-at)", "command line"},
		{"seed", seed, "the synthetic cohort's seed; missing when plans were read", "command line"},
		{"shard", meta.Shard, "the shard read, i/n", "command line"},
		{"missing", "", missingNote, "format"},
	} {
		for _, s := range []string{"run", kv[0], "setting", kv[2], kv[1], "", kv[3]} {
			e.str(s)
		}
		e.end()
	}
	for _, d := range docs {
		for _, c := range d.Columns {
			for _, s := range []string{d.Table, c.Name, c.Type, c.Label, "", "", c.Source} {
				e.str(s)
			}
			e.end()
			for _, cd := range c.Codes {
				for _, s := range []string{d.Table, c.Name, c.Type, c.Label, cd.Code, cd.Label, c.Source} {
					e.str(s)
				}
				e.end()
			}
		}
	}
	if f != formatParquet {
		_, err := w.Write(e.buf)
		return err
	}
	pw, err := newParquetWriter(w, "codebook", codebookColumns, parquetCompression)
	if err != nil {
		return err
	}
	if _, err := pw.Write(e.buf); err != nil {
		return err
	}
	return pw.Close()
}

// codebookCmd writes the dictionary of every table, or of the tables named.
func codebookCmd(name string, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(name+" codebook", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `file` (default stdout as CSV); .json writes JSON, .parquet Parquet")
	asJSON := fs.Bool("json", false, "write JSON to stdout instead of CSV")
	keepFlag := fs.String("keep", "", "document these comma-separated pass-through `keys` too")
	atFlag := fs.String("at", "", "record this RFC 3339 `time` as the scoring time")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s codebook [flags] [table ...]\n\nWrites the data dictionary (column, type, label, codes, source) of the tables: %s.\n\nFlags:\n", name, tableNames())
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return ExitOK
		}
		return ExitUsage
	}
	if bookFormat(*out) == formatParquet && isGzip(*out) {
		fmt.Fprintf(stderr, "%s codebook: -o %s: Parquet compresses its own columns (zstd); drop the .gz\n", name, filepath.Base(*out))
		return ExitUsage
	}
	cfg := &config{shardN: 1}
	if *atFlag != "" {
		at, err := time.Parse(time.RFC3339, *atFlag)
		if err != nil {
			fmt.Fprintf(stderr, "%s codebook: -at: want an RFC 3339 time\n", name)
			return ExitUsage
		}
		cfg.at = at
	}
	if *keepFlag != "" {
		cfg.keep = strings.Split(*keepFlag, ",")
	}
	var docs []tableDoc
	want := fs.Args()
	if len(want) == 0 {
		for _, t := range tables {
			want = append(want, t.name)
		}
	}
	for _, n := range want {
		t := tableNamed(n)
		if t == nil {
			fmt.Fprintf(stderr, "%s codebook: no table %q (the tables: %s)\n", name, n, tableNames())
			return ExitUsage
		}
		cfg.tbl = t
		docs = append(docs, cfg.doc())
	}
	meta := cfg.meta()
	var err error
	switch {
	case *out != "":
		err = writeCodebook(*out, meta, docs)
	case *asJSON:
		err = writeJSON(stdout, codebookFile{runMeta: meta, Missing: missingNote, Tables: docs})
	default:
		err = writeCodebookTable(stdout, formatCSV, meta, docs)
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s codebook: %v\n", name, err)
		return ExitError
	}
	return ExitOK
}

func tableNames() string {
	var out []string
	for _, t := range tables {
		out = append(out, t.name)
	}
	return strings.Join(out, ", ")
}
