package cohort

import (
	"encoding/binary"
	"math"
	"strconv"
	"unicode/utf8"
)

// format is how rows are written.
type format int

const (
	formatCSV     format = iota // RFC 4180 CSV with a header line
	formatNDJSON                // one JSON object per line, keys in column order
	formatParquet               // Apache Parquet, through the cells of parquet.go
)

// rowEnc appends rows of one table to buf, cell by cell, in the table's
// format. Cells must be written in column order, each row ended by end. For
// Parquet, buf holds typed cells (see the cell kinds) that the collector's
// parquetWriter turns into Parquet rows: the workers keep the encoding work
// and the collector only copies values into the column buffers.
type rowEnc struct {
	f    format
	keys [][]byte // for NDJSON: `"name":` for each column
	buf  []byte
	i    int
	rows int // rows ended so far
}

// The kinds of cell of the Parquet format's buffer: a kind byte, then for a
// string its length as a uvarint and its bytes, for an integer a varint, for
// a number its IEEE 754 bits in 8 bytes, little-endian. cellEnd ends a row.
const (
	cellNull byte = iota
	cellString
	cellInt
	cellNumber
	cellFalse
	cellTrue
	cellEnd
)

func newRowEnc(f format, names []string) *rowEnc {
	e := &rowEnc{f: f}
	for _, n := range names {
		k := appendJSONString(nil, n)
		e.keys = append(e.keys, append(k, ':'))
	}
	return e
}

// header appends the CSV header line; NDJSON has none.
func (e *rowEnc) header(names []string) {
	if e.f != formatCSV {
		return
	}
	for i, n := range names {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendCSV(e.buf, n)
	}
	e.buf = append(e.buf, '\n')
}

func (e *rowEnc) sep() {
	switch e.f {
	case formatParquet:
	case formatCSV:
		if e.i > 0 {
			e.buf = append(e.buf, ',')
		}
	default:
		if e.i == 0 {
			e.buf = append(e.buf, '{')
		} else {
			e.buf = append(e.buf, ',')
		}
		e.buf = append(e.buf, e.keys[e.i]...)
	}
	e.i++
}

// str writes a string cell; the empty string is written as a missing value.
func (e *rowEnc) str(s string) {
	if s == "" {
		e.null()
		return
	}
	e.sep()
	switch e.f {
	case formatCSV:
		e.buf = appendCSV(e.buf, s)
	case formatParquet:
		e.buf = append(e.buf, cellString)
		e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
		e.buf = append(e.buf, s...)
	default:
		e.buf = appendJSONString(e.buf, s)
	}
}

// null writes a missing value: an empty CSV field, JSON null, or a Parquet
// null.
func (e *rowEnc) null() {
	e.sep()
	switch e.f {
	case formatCSV:
	case formatParquet:
		e.buf = append(e.buf, cellNull)
	default:
		e.buf = append(e.buf, "null"...)
	}
}

func (e *rowEnc) int(n int) {
	e.sep()
	if e.f == formatParquet {
		e.buf = append(e.buf, cellInt)
		e.buf = binary.AppendVarint(e.buf, int64(n))
		return
	}
	e.buf = strconv.AppendInt(e.buf, int64(n), 10)
}

// float writes x in the shortest form that reads back exactly; NaN and the
// infinities are written as missing values.
func (e *rowEnc) float(x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		e.null()
		return
	}
	e.sep()
	if e.f == formatParquet {
		e.buf = append(e.buf, cellNumber)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(x))
		return
	}
	e.buf = strconv.AppendFloat(e.buf, x, 'g', -1, 64)
}

func (e *rowEnc) bool(b bool) {
	e.sep()
	if e.f == formatParquet {
		if b {
			e.buf = append(e.buf, cellTrue)
		} else {
			e.buf = append(e.buf, cellFalse)
		}
		return
	}
	e.buf = strconv.AppendBool(e.buf, b)
}

func (e *rowEnc) end() {
	switch e.f {
	case formatCSV:
		e.buf = append(e.buf, '\n')
	case formatParquet:
		e.buf = append(e.buf, cellEnd)
	default:
		e.buf = append(e.buf, '}', '\n')
	}
	e.i = 0
	e.rows++
}

// appendCSV appends s as one CSV field, quoted when it holds a comma, a
// quote, a line break or leading or trailing space.
func appendCSV(dst []byte, s string) []byte {
	quote := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\n', '\r':
			quote = true
		}
	}
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		quote = true
	}
	if !quote {
		return append(dst, s...)
	}
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			dst = append(dst, '"')
		}
		dst = append(dst, s[i])
	}
	return append(dst, '"')
}

// appendJSONString appends s as a JSON string; invalid UTF-8 becomes U+FFFD.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, `\ufffd`...)
		} else {
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return append(dst, '"')
}
