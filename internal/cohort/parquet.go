package cohort

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// parquetRowGroupRows is the number of rows in each Parquet row group but
// the last. The writer holds one row group's compressed pages in memory
// before writing it, so this bounds the memory of a Parquet output, whatever
// the number of plans; 131072 rows is near DuckDB's default (122880) and a
// few megabytes of the command's compressed columns.
const parquetRowGroupRows = 1 << 17

// parquetCompression is the codec of every column chunk: Zstandard at its
// default level (zstd 3). The tidy tables repeat IDs and codes row after
// row; against Snappy, pyarrow's default, zstd makes them about a third
// smaller (score: 4.9% of the CSV's bytes against Snappy's 7.9%) for up to a
// fifth more writing time, which the encoding, not the compression,
// dominates; and every reader a researcher uses (R's arrow and nanoparquet,
// pandas and polars through pyarrow, DuckDB, Spark 3.2 and later) reads it.
// BenchmarkWriteParquet measures both codecs. The encoder keeps a 16 MB
// history whatever the table's length.
var parquetCompression = &zstd.Codec{Level: zstd.SpeedDefault}

// parquetNode returns the Parquet node of a column of the codebook type typ.
// Every column is optional, so a missing value (an empty CSV field, a JSON
// null) is a Parquet null:
//
//	string, uuid  BYTE_ARRAY annotated STRING (UTF-8), dictionary-encoded; a
//	              uuid as its canonical text, as in the CSV, so that it joins
//	              with the other formats' IDs in R and pandas
//	integer       INT64 annotated INT(64, signed)
//	number        DOUBLE
//	boolean       BOOLEAN
func parquetNode(typ string) (parquet.Node, error) {
	switch typ {
	case "string", "uuid":
		return parquet.Optional(parquet.Encoded(parquet.String(), &parquet.RLEDictionary)), nil
	case "integer":
		return parquet.Optional(parquet.Int(64)), nil
	case "number":
		return parquet.Optional(parquet.Leaf(parquet.DoubleType)), nil
	case "boolean":
		return parquet.Optional(parquet.Leaf(parquet.BooleanType)), nil
	}
	return nil, fmt.Errorf("parquet: no Parquet type for the codebook type %q", typ)
}

// columnGroup is the schema's root: a parquet.Group (which lists its fields
// by name) whose fields come in the table's column order instead.
type columnGroup struct {
	parquet.Group
	fields []parquet.Field
}

// Fields returns the columns in the table's order.
func (g columnGroup) Fields() []parquet.Field { return g.fields }

// parquetSchema returns the schema of a table of the columns cols, in their
// order.
func parquetSchema(name string, cols []column) (*parquet.Schema, error) {
	if len(cols) > parquet.MaxColumnIndex+1 {
		return nil, fmt.Errorf("parquet: %d columns, more than Parquet's %d", len(cols), parquet.MaxColumnIndex+1)
	}
	g := parquet.Group{}
	for _, c := range cols {
		n, err := parquetNode(c.Type)
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", c.Name, err)
		}
		if _, dup := g[c.Name]; dup {
			return nil, fmt.Errorf("parquet: column %s twice", c.Name)
		}
		g[c.Name] = n
	}
	byName := map[string]parquet.Field{}
	for _, f := range g.Fields() {
		byName[f.Name()] = f
	}
	root := columnGroup{Group: g}
	for _, c := range cols {
		root.fields = append(root.fields, byName[c.Name])
	}
	return parquet.NewSchema(name, root), nil
}

// parquetWriter writes a table as Parquet. Its Write takes whole rows in the
// Parquet cells of rowEnc, checks each cell against its column's type and
// writes the rows, a row group every parquetRowGroupRows rows; Close writes
// the last row group and the footer. It is not safe for concurrent use.
type parquetWriter struct {
	cols  []column
	kinds []byte // the cell kind each column takes (cellString, cellInt, ...)
	w     *parquet.GenericWriter[any]
	rows  []parquet.Row // the rows of one Write, reused
	n     int           // rows in the row group being written
	err   error
}

// newParquetWriter returns a writer to out of a table of the columns cols,
// compressed with codec (the command's is parquetCompression).
func newParquetWriter(out io.Writer, name string, cols []column, codec compress.Codec) (*parquetWriter, error) {
	schema, err := parquetSchema(name, cols)
	if err != nil {
		return nil, err
	}
	config, err := parquet.NewWriterConfig(schema, parquet.Compression(codec))
	if err != nil {
		return nil, err
	}
	p := &parquetWriter{cols: cols, w: parquet.NewGenericWriter[any](out, config)}
	for _, c := range cols {
		k := cellString
		switch c.Type {
		case "integer":
			k = cellInt
		case "number":
			k = cellNumber
		case "boolean":
			k = cellTrue
		}
		p.kinds = append(p.kinds, k)
	}
	return p, nil
}

var errCells = errors.New("parquet: malformed cells")

// Write writes the rows whose cells are b, which must end at the end of a
// row. It returns len(b) or the first error; after an error every call
// returns it.
func (p *parquetWriter) Write(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	if err := p.write(b); err != nil {
		p.err = err
		return 0, err
	}
	return len(b), nil
}

func (p *parquetWriter) write(b []byte) error {
	rows := p.rows[:0]
	// next returns an empty row, reusing the one of an earlier Write in the
	// slot of rows it will take.
	next := func() parquet.Row {
		if len(rows) < cap(rows) {
			return rows[:len(rows)+1][len(rows)][:0]
		}
		return make(parquet.Row, 0, len(p.cols))
	}
	row := next()
	for len(b) > 0 {
		kind := b[0]
		b = b[1:]
		c := len(row)
		if kind == cellEnd {
			if c != len(p.cols) {
				return fmt.Errorf("%w: a row of %d cells, want %d", errCells, c, len(p.cols))
			}
			rows = append(rows, row)
			if p.n+len(rows) == parquetRowGroupRows {
				if err := p.flush(rows, true); err != nil {
					return err
				}
				rows = rows[:0]
			}
			row = next()
			continue
		}
		if c == len(p.cols) {
			return fmt.Errorf("%w: a row of more than %d cells", errCells, len(p.cols))
		}
		want := p.kinds[c]
		var v parquet.Value
		switch {
		case kind == cellNull:
			row = append(row, parquet.NullValue().Level(0, 0, c))
			continue
		case kind == cellString && want == cellString:
			n, k := binary.Uvarint(b)
			if k <= 0 || n > uint64(len(b)-k) {
				return fmt.Errorf("%w: column %s: a string cut short", errCells, p.cols[c].Name)
			}
			s := b[k : k+int(n)]
			b = b[k+int(n):]
			if !utf8.Valid(s) {
				s = []byte(strings.ToValidUTF8(string(s), "\uFFFD"))
			}
			v = parquet.ByteArrayValue(s)
		case kind == cellInt && want == cellInt:
			n, k := binary.Varint(b)
			if k <= 0 {
				return fmt.Errorf("%w: column %s: an integer cut short", errCells, p.cols[c].Name)
			}
			b = b[k:]
			v = parquet.Int64Value(n)
		case kind == cellNumber && want == cellNumber:
			if len(b) < 8 {
				return fmt.Errorf("%w: column %s: a number cut short", errCells, p.cols[c].Name)
			}
			v = parquet.DoubleValue(math.Float64frombits(binary.LittleEndian.Uint64(b)))
			b = b[8:]
		case (kind == cellTrue || kind == cellFalse) && want == cellTrue:
			v = parquet.BooleanValue(kind == cellTrue)
		default:
			return fmt.Errorf("%w: column %s of type %s: a cell of kind %d", errCells, p.cols[c].Name, p.cols[c].Type, kind)
		}
		row = append(row, v.Level(0, 1, c))
	}
	if len(row) != 0 {
		return fmt.Errorf("%w: a row not ended", errCells)
	}
	p.rows = rows[:0]
	return p.flush(rows, false)
}

// flush writes rows and, when group is true, ends the row group.
func (p *parquetWriter) flush(rows []parquet.Row, group bool) error {
	if len(rows) > 0 {
		if _, err := p.w.WriteRows(rows); err != nil {
			return err
		}
		p.n += len(rows)
	}
	if group {
		p.n = 0
		return p.w.Flush()
	}
	return nil
}

// Close writes the last row group and the file's footer.
func (p *parquetWriter) Close() error {
	if p.err != nil {
		return p.err
	}
	p.err = p.w.Close()
	if p.err == nil {
		p.err = errClosed
		return nil
	}
	return p.err
}

var errClosed = errors.New("parquet: the table is written")
