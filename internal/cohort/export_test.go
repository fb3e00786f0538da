package cohort

import (
	"encoding/binary"
	"errors"
	"io"
	"math"

	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/compress/snappy"

	"github.com/recoverykit/recovery/recoverytest"
)

// Cells tabulates n synthetic plans of seed 1 as the rows of the table
// named, in the typed cells of the Parquet format, and returns them with the
// number of rows: the rows the writing benchmark writes in each format.
func Cells(table string, n int) ([]byte, int) {
	cfg := &config{tbl: tableNamed(table), format: formatParquet, workers: 1, shardN: 1}
	g := recoverytest.New(1, nil)
	cfg.at = g.At()
	w := newWorker(cfg, newRecycler(1))
	var cells []byte
	generateBatches(g, n)(func(b batch) bool {
		cells = append(cells, w.process(b).rows...)
		return true
	})
	return cells, w.enc.rows
}

// WriteCells writes the rows of cells (from Cells) to out as the command
// writes the table named in the format named: "csv", "ndjson", "parquet",
// or "parquet-snappy" for Parquet compressed with Snappy instead. Each cell
// is encoded again in the format, as a worker does, in chunks of about
// 64 KiB, which are written as the collector writes a batch's rows.
func WriteCells(out io.Writer, table, format string, cells []byte) error {
	cfg := &config{tbl: tableNamed(table), shardN: 1}
	sink := out
	var pw *parquetWriter
	var err error
	codec := map[string]compress.Codec{"parquet": parquetCompression, "parquet-snappy": &snappy.Codec{}}[format]
	switch {
	case format == "csv":
		cfg.format = formatCSV
	case format == "ndjson":
		cfg.format = formatNDJSON
	case codec != nil:
		cfg.format = formatParquet
		if pw, err = newParquetWriter(out, table, cfg.columns(), codec); err != nil {
			return err
		}
		sink = pw
	default:
		return errors.New("no format " + format)
	}
	e := newRowEnc(cfg.format, cfg.columnNames())
	e.header(cfg.columnNames())
	for cells := cells; len(cells) > 0; {
		var ok bool
		if cells, ok = replayCell(e, cells); !ok {
			return errCells
		}
		if len(e.buf) >= 64<<10 && e.i == 0 {
			if _, err := sink.Write(e.buf); err != nil {
				return err
			}
			e.buf = e.buf[:0]
		}
	}
	if _, err := sink.Write(e.buf); err != nil {
		return err
	}
	if pw != nil {
		return pw.Close()
	}
	return nil
}

// replayCell writes the first cell of b to e and returns the rest of b.
func replayCell(e *rowEnc, b []byte) ([]byte, bool) {
	kind, b := b[0], b[1:]
	switch kind {
	case cellNull:
		e.null()
	case cellString:
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			return nil, false
		}
		e.str(string(b[k : k+int(n)]))
		b = b[k+int(n):]
	case cellInt:
		n, k := binary.Varint(b)
		if k <= 0 {
			return nil, false
		}
		e.int(int(n))
		b = b[k:]
	case cellNumber:
		if len(b) < 8 {
			return nil, false
		}
		e.float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
		b = b[8:]
	case cellFalse, cellTrue:
		e.bool(kind == cellTrue)
	case cellEnd:
		e.end()
	default:
		return nil, false
	}
	return b, true
}

// WriteParquetCells writes cells to out as the Parquet table named, as the
// collector does: one Write, then Close. It is FuzzParquetCells's target.
func WriteParquetCells(out io.Writer, table string, cells []byte) error {
	cfg := &config{tbl: tableNamed(table), shardN: 1}
	pw, err := newParquetWriter(out, table, cfg.columns(), parquetCompression)
	if err != nil {
		return err
	}
	if _, err := pw.Write(cells); err != nil {
		return err
	}
	return pw.Close()
}

// Decode is the command's decoder of an input line, for the benchmarks.
func Decode(line []byte, v any) error { return decode(line, v) }
