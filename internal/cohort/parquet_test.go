package cohort_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/cohort"
	"github.com/recoverykit/recovery/recoverytest"
)

// parquetTable is a Parquet file read back: its columns, their leaves and
// its rows, and the number of rows of each row group.
type parquetTable struct {
	names  []string
	leaves []parquet.Field
	rows   []parquet.Row
	groups []int64
}

func readParquet(t *testing.T, b []byte) parquetTable {
	t.Helper()
	f, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	var pt parquetTable
	for _, fd := range f.Schema().Fields() {
		pt.names = append(pt.names, fd.Name())
		pt.leaves = append(pt.leaves, fd)
	}
	for _, rg := range f.RowGroups() {
		pt.groups = append(pt.groups, rg.NumRows())
	}
	r := parquet.NewReader(bytes.NewReader(b))
	defer r.Close()
	buf := make([]parquet.Row, 100)
	for {
		n, err := r.ReadRows(buf)
		for _, row := range buf[:n] {
			pt.rows = append(pt.rows, row.Clone())
		}
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
	}
	return pt
}

// codebookTypes returns the codebook's type of each column of table, in
// order, from the codebook command's JSON.
func codebookTypes(t *testing.T, table string, keep string) (names, types []string) {
	t.Helper()
	code, out, errOut := run(t, nil, "codebook", "-json", "-keep", keep, table)
	require.Equal(t, 0, code, errOut)
	var cb struct {
		Tables []struct {
			Columns []struct {
				Column string `json:"column"`
				Type   string `json:"type"`
			} `json:"columns"`
		} `json:"tables"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &cb))
	require.Len(t, cb.Tables, 1)
	for _, c := range cb.Tables[0].Columns {
		names = append(names, c.Column)
		types = append(types, c.Type)
	}
	return names, types
}

// assertParquetIsCSV checks that a Parquet table holds exactly the cells of
// a CSV one, typed by the codebook: each CSV cell parsed as its column's type
// equals the Parquet value, and an empty cell is a null.
func assertParquetIsCSV(t *testing.T, csvText string, pq []byte, types []string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(csvText)).ReadAll()
	require.NoError(t, err)
	header, rows := recs[0], recs[1:]
	pt := readParquet(t, pq)
	require.Equal(t, header, pt.names, "the columns, in order")
	require.Len(t, types, len(header))
	for j, typ := range types {
		leaf := pt.leaves[j]
		assert.True(t, leaf.Optional(), "column %s is optional", header[j])
		kind, lt := leaf.Type().Kind(), leaf.Type().LogicalType()
		switch typ {
		case "string", "uuid":
			assert.Equal(t, parquet.ByteArray, kind, header[j])
			require.NotNil(t, lt, header[j])
			assert.Equal(t, "STRING", lt.String(), "column %s is UTF-8 text", header[j])
		case "integer":
			assert.Equal(t, parquet.Int64, kind, header[j])
		case "number":
			assert.Equal(t, parquet.Double, kind, header[j])
		case "boolean":
			assert.Equal(t, parquet.Boolean, kind, header[j])
		default:
			t.Fatalf("column %s: codebook type %q", header[j], typ)
		}
	}
	require.Len(t, pt.rows, len(rows))
	for i, row := range pt.rows {
		require.Len(t, row, len(header), "row %d", i)
		for j, v := range row {
			cell := rows[i][j]
			if cell == "" {
				assert.True(t, v.IsNull(), "row %d column %s: want null, got %v", i, header[j], v)
				continue
			}
			require.False(t, v.IsNull(), "row %d column %s: want %q, got null", i, header[j], cell)
			switch types[j] {
			case "integer":
				n, err := strconv.ParseInt(cell, 10, 64)
				require.NoError(t, err)
				assert.Equal(t, n, v.Int64(), "row %d column %s", i, header[j])
			case "number":
				x, err := strconv.ParseFloat(cell, 64)
				require.NoError(t, err)
				assert.Equal(t, math.Float64bits(x), math.Float64bits(v.Double()), "row %d column %s: %s, %v", i, header[j], cell, v.Double())
			case "boolean":
				b, err := strconv.ParseBool(cell)
				require.NoError(t, err)
				assert.Equal(t, b, v.Boolean(), "row %d column %s", i, header[j])
			default:
				assert.Equal(t, cell, string(v.ByteArray()), "row %d column %s", i, header[j])
			}
		}
	}
}

// TestParquetIsCSV writes every table of the fixed cohort as Parquet (by
// -o's extension, and by -format to stdout) and checks it holds the CSV's
// cells, and that the codebook written as Parquet holds the CSV codebook's.
func TestParquetIsCSV(t *testing.T) {
	in := fixedCohort(t)
	for _, cmd := range []string{"score", "goals", "decisions", "readiness"} {
		t.Run(cmd, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, cmd+".parquet")
			args := []string{cmd, "-at", at, "-keep", "program,site"}
			code, want, errOut := run(t, strings.NewReader(in), append(args, "-summary", filepath.Join(dir, "csv.json"), "-codebook", filepath.Join(dir, "book.csv"))...)
			require.Equal(t, 0, code, errOut)
			code, out, errOut := run(t, strings.NewReader(in), append(args, "-o", path, "-summary", filepath.Join(dir, "parquet.json"), "-codebook", filepath.Join(dir, "book.parquet"))...)
			require.Equal(t, 0, code, errOut)
			assert.Empty(t, out)
			pq, err := os.ReadFile(path)
			require.NoError(t, err)
			names, types := codebookTypes(t, cmd, "program,site")
			require.Equal(t, strings.Split(strings.SplitN(want, "\n", 2)[0], ","), names)
			assertParquetIsCSV(t, want, pq, types)

			code, stdout, errOut := run(t, strings.NewReader(in), append(args, "-format", "parquet")...)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, pq, []byte(stdout), "-format parquet to stdout writes the file -o writes")

			// The summary counts the same rows.
			csvSum, err := os.ReadFile(filepath.Join(dir, "csv.json"))
			require.NoError(t, err)
			pqSum, err := os.ReadFile(filepath.Join(dir, "parquet.json"))
			require.NoError(t, err)
			assert.JSONEq(t, string(csvSum), string(pqSum))

			book, err := os.ReadFile(filepath.Join(dir, "book.csv"))
			require.NoError(t, err)
			pqBook, err := os.ReadFile(filepath.Join(dir, "book.parquet"))
			require.NoError(t, err)
			assertParquetIsCSV(t, string(book), pqBook, []string{"string", "string", "string", "string", "string", "string", "string"})
		})
	}
	t.Run("codebook", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "all.parquet")
		code, want, errOut := run(t, nil, "codebook", "-keep", "program,site", "-at", at)
		require.Equal(t, 0, code, errOut)
		code, _, errOut = run(t, nil, "codebook", "-keep", "program,site", "-at", at, "-o", path)
		require.Equal(t, 0, code, errOut)
		pq, err := os.ReadFile(path)
		require.NoError(t, err)
		assertParquetIsCSV(t, want, pq, []string{"string", "string", "string", "string", "string", "string", "string"})
	})
}

// TestParquetRowGroups: a table longer than a row group is written in row
// groups of 131072 rows but the last, and reads back as the CSV.
func TestParquetRowGroups(t *testing.T) {
	code, want, errOut := run(t, nil, "score", "-synthetic", "9000")
	require.Equal(t, 0, code, errOut)
	code, pq, errOut := run(t, nil, "score", "-synthetic", "9000", "-format", "parquet")
	require.Equal(t, 0, code, errOut)
	pt := readParquet(t, []byte(pq))
	rows := int64(strings.Count(want, "\n") - 1)
	require.Greater(t, rows, int64(1<<17), "more rows than a row group")
	var groups []int64
	for n := rows; n > 0; n -= 1 << 17 {
		groups = append(groups, min(n, 1<<17))
	}
	assert.Equal(t, groups, pt.groups)
	_, types := codebookTypes(t, "score", "")
	assertParquetIsCSV(t, want, []byte(pq), types)
}

// TestParquetWorkersSameBytes: the Parquet output does not depend on the
// number of workers, to the byte.
func TestParquetWorkersSameBytes(t *testing.T) {
	var b strings.Builder
	for _, p := range recoverytest.Plans(9, 300) {
		b.WriteString(planLine(t, p) + "\n")
	}
	in := b.String() + "{bad\n" + b.String() + fixedCohort(t)
	for _, cmd := range []string{"score", "goals", "decisions", "readiness"} {
		code, want, errOut := run(t, strings.NewReader(in), cmd, "-workers", "1", "-at", at, "-format", "parquet", "-keep", "program")
		require.Equal(t, 0, code, errOut)
		require.NotEmpty(t, readParquet(t, []byte(want)).rows, cmd)
		for _, n := range []string{"2", "3", "8"} {
			code, got, errOut := run(t, strings.NewReader(in), cmd, "-workers", n, "-at", at, "-format", "parquet", "-keep", "program")
			require.Equal(t, 0, code, errOut)
			assert.True(t, want == got, "%s -workers %s: the Parquet bytes differ", cmd, n)
		}
	}
}

// TestParquetUsage: flags that do not go with Parquet are usage errors that
// name the flag.
func TestParquetUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"score", "-at", at, "-o", filepath.Join(dir, "s.parquet.gz")}, "-o s.parquet.gz: Parquet compresses its own columns"},
		{[]string{"score", "-at", at, "-o", filepath.Join(dir, "s.PARQUET.GZ")}, "-o s.PARQUET.GZ"},
		{[]string{"score", "-at", at, "-format", "parquet", "-o", filepath.Join(dir, "s.csv.gz")}, "-format parquet: -o s.csv.gz"},
		{[]string{"score", "-at", at, "-codebook", filepath.Join(dir, "b.parquet.gz")}, "-codebook b.parquet.gz"},
		{[]string{"score", "-synthetic", "3", "-emit", "-format", "parquet"}, "-emit writes plans as JSON Lines: -format parquet"},
		{[]string{"score", "-synthetic", "3", "-emit", "-o", filepath.Join(dir, "plans.parquet")}, "-format parquet does not apply"},
		{[]string{"score", "-at", at, "-format", "arrow"}, "-format: want csv, ndjson or parquet"},
		{[]string{"report", "-at", at, "-format", "parquet"}, "-format and -codebook do not apply"},
		{[]string{"codebook", "-o", filepath.Join(dir, "b.parquet.gz")}, "-o b.parquet.gz: Parquet compresses its own columns"},
	} {
		code, out, errOut := run(t, strings.NewReader(""), tc.args...)
		assert.Equal(t, cohort.ExitUsage, code, tc.args)
		assert.Empty(t, out, tc.args)
		assert.Contains(t, errOut, tc.want, tc.args)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "a usage error writes no file")
}

// TestParquetWriteErrorStops: an output that fails stops a Parquet run with
// exit code 1 and says why.
func TestParquetWriteErrorStops(t *testing.T) {
	var errOut bytes.Buffer
	code := cohort.Main("recoverykit", []string{"goals", "-synthetic", "3000", "-format", "parquet"}, nil, failWriter{}, &errOut)
	assert.Equal(t, cohort.ExitError, code)
	assert.True(t, strings.HasPrefix(errOut.String(), "recoverykit goals: "), errOut.String())
	assert.Contains(t, errOut.String(), "disk full")
}

// TestParquetOnlyInTheCommand: parquet-go, and the decoder the command
// reads its input with (go-json-experiment/json), are linked by the
// command's package and what imports it, never by a package an app imports
// to model a plan.
func TestParquetOnlyInTheCommand(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, "github.com/recoverykit/recovery/...").CombinedOutput()
	require.NoError(t, err, "%s", out)
	commandOnly := []string{"github.com/parquet-go/parquet-go", "github.com/go-json-experiment/json"}
	const cohortPkg = "github.com/recoverykit/recovery/internal/cohort"
	deps := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		deps[f[0]] = f[1:]
	}
	for _, lib := range []string{"github.com/recoverykit/recovery", "github.com/recoverykit/recovery/goals", "github.com/recoverykit/recovery/quality",
		"github.com/recoverykit/recovery/fhir", "github.com/recoverykit/recovery/sdm", "github.com/recoverykit/recovery/crisis",
		"github.com/recoverykit/recovery/store", "github.com/recoverykit/recovery/deidentify", "github.com/recoverykit/recovery/recoverytest"} {
		require.Contains(t, deps, lib, "the list holds the library's packages")
	}
	for _, dep := range commandOnly {
		require.Contains(t, deps[cohortPkg], dep, "the list is real")
		for pkg, ds := range deps {
			links := false
			for _, d := range ds {
				links = links || d == dep || strings.HasPrefix(d, dep+"/")
			}
			if !links {
				continue
			}
			inCommand := pkg == cohortPkg || strings.HasPrefix(pkg, cohortPkg+"/")
			for _, d := range ds {
				inCommand = inCommand || d == cohortPkg
			}
			assert.True(t, inCommand, "%s links %s but is not the command", pkg, dep)
		}
	}
}

// FuzzParquetCells feeds any bytes to the Parquet writer as the cells of the
// readiness table (text, numbers, integers and booleans): it never panics,
// and what it accepts is a Parquet file whose every row has every column.
func FuzzParquetCells(f *testing.F) {
	cells, _ := cohort.Cells("readiness", 4)
	f.Add(cells)
	f.Add(cells[:len(cells)/2])
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6})
	f.Add([]byte{1, 200, 1, 'a'})
	f.Fuzz(func(t *testing.T, b []byte) {
		var out bytes.Buffer
		if err := cohort.WriteParquetCells(&out, "readiness", b); err != nil {
			return
		}
		pt := readParquet(t, out.Bytes())
		for i, row := range pt.rows {
			if len(row) != len(pt.names) {
				t.Fatalf("row %d: %d values for %d columns", i, len(row), len(pt.names))
			}
		}
	})
}
