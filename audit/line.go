package audit

import (
	"bytes"
	"encoding/hex"
	"time"

	"github.com/google/uuid"
)

// parseLine decodes line (without its newline) if it is exactly what
// WriteJSONL writes for an event whose strings need no JSON escaping: the
// fast path of ReadJSONL. It returns false for any other line, which
// ReadJSONL then decodes with encoding/json and checks by re-encoding, so
// parseLine only has to be right about the lines it accepts: for those,
// json.Marshal of the event returns line (FuzzParseLine checks this).
func parseLine(line []byte) (Event, bool) {
	var e Event
	p := lineParser{b: line}
	p.lit(`{"seq":`)
	e.Seq = p.uint()
	p.lit(`,"id":"`)
	e.ID = p.uuid()
	p.lit(`","at":"`)
	e.At = p.time()
	p.lit(`","actor":{"id":"`)
	e.Actor.ID = p.str()
	p.lit(`","role":"`)
	e.Actor.Role = Role(p.code())
	p.lit(`"},"action":"`)
	e.Action = Action(p.code())
	p.lit(`","subject":"`)
	e.Subject = p.uuid()
	p.lit(`","version":`)
	e.Version = p.uint()
	if p.opt(`,"paths":[`) {
		for {
			p.lit(`"`)
			e.Paths = append(e.Paths, p.str())
			p.lit(`"`)
			if !p.opt(`,`) {
				break
			}
		}
		p.lit(`]`)
	}
	if p.opt(`,"reason":"`) {
		if e.Reason = p.str(); e.Reason == "" {
			p.bad = true // omitempty: an empty reason is not written
		}
		p.lit(`"`)
	}
	p.lit(`,"outcome":"`)
	e.Outcome = Outcome(p.code())
	p.lit(`"`)
	if p.opt(`,"digest":"`) {
		if e.Digest = p.hash(); e.Digest.IsZero() {
			p.bad = true // omitzero: a zero digest is not written
		}
		p.lit(`"`)
	}
	p.lit(`,"prev":"`)
	e.Prev = p.hash()
	p.lit(`","hash":"`)
	e.Hash = p.hash()
	p.lit(`"}`)
	return e, !p.bad && len(p.b) == 0
}

// lineParser consumes a line from the front; once bad, it stays bad and
// returns zero values.
type lineParser struct {
	b   []byte
	bad bool
}

// lit consumes s, or marks the parse bad.
func (p *lineParser) lit(s string) {
	if p.bad || len(p.b) < len(s) || string(p.b[:len(s)]) != s {
		p.bad = true
		return
	}
	p.b = p.b[len(s):]
}

// opt consumes s if the line continues with it.
func (p *lineParser) opt(s string) bool {
	if p.bad || len(p.b) < len(s) || string(p.b[:len(s)]) != s {
		return false
	}
	p.b = p.b[len(s):]
	return true
}

// uint consumes a decimal uint64 without leading zeros.
func (p *lineParser) uint() uint64 {
	if p.bad {
		return 0
	}
	var n uint64
	i := 0
	for ; i < len(p.b) && '0' <= p.b[i] && p.b[i] <= '9'; i++ {
		d := uint64(p.b[i] - '0')
		if n > (1<<64-1-d)/10 {
			p.bad = true // overflow
			return 0
		}
		n = n*10 + d
	}
	if i == 0 || (i > 1 && p.b[0] == '0') {
		p.bad = true
		return 0
	}
	p.b = p.b[i:]
	return n
}

// span returns the bytes up to the next '"', which must all be bytes that
// encoding/json writes unescaped, or marks the parse bad.
func (p *lineParser) span() []byte {
	if p.bad {
		return nil
	}
	for i, c := range p.b {
		switch {
		case c == '"':
			s := p.b[:i]
			p.b = p.b[i:]
			return s
		case c < 0x20 || c > 0x7e || c == '\\' || c == '<' || c == '>' || c == '&':
			p.bad = true
			return nil
		}
	}
	p.bad = true
	return nil
}

func (p *lineParser) str() string { return string(p.span()) }

// code returns the span as a string, without allocating for the codes of
// Role, Action and Outcome.
func (p *lineParser) code() string {
	s := p.span()
	for _, c := range codes {
		if string(s) == c {
			return c
		}
	}
	return string(s)
}

var codes = [...]string{
	string(RolePerson), string(RoleProvider), string(RolePeer), string(RoleFamily), string(RoleSupporter), string(RoleSystem),
	string(ActionCreate), string(ActionUpdate), string(ActionDelete), string(ActionView), string(ActionExport), string(ActionSign), string(ActionShare),
	string(OutcomeSuccess), string(OutcomeMinorFailure), string(OutcomeSeriousFailure), string(OutcomeMajorFailure),
}

// uuid consumes a lower-case, hyphenated UUID.
func (p *lineParser) uuid() uuid.UUID {
	var u uuid.UUID
	if p.bad || len(p.b) < 36 {
		p.bad = true
		return u
	}
	s := p.b[:36]
	if s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		p.bad = true
		return u
	}
	j := 0
	for i := 0; i < 36; i += 2 {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			i--
			continue
		}
		hi, ok1 := lowerHex(s[i])
		lo, ok2 := lowerHex(s[i+1])
		if !ok1 || !ok2 {
			p.bad = true
			return u
		}
		u[j] = hi<<4 | lo
		j++
	}
	p.b = p.b[36:]
	return u
}

// hash consumes 64 lower-case hex digits.
func (p *lineParser) hash() Hash {
	var h Hash
	if p.bad || len(p.b) < 64 {
		p.bad = true
		return h
	}
	for _, c := range p.b[:64] {
		if _, ok := lowerHex(c); !ok {
			p.bad = true
			return h
		}
	}
	hex.Decode(h[:], p.b[:64])
	p.b = p.b[64:]
	return h
}

// time consumes a UTC time as time.Time.MarshalJSON writes it.
func (p *lineParser) time() time.Time {
	s := p.span()
	if p.bad || len(s) == 0 || s[len(s)-1] != 'Z' {
		p.bad = true
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, string(s))
	if err != nil {
		p.bad = true
		return time.Time{}
	}
	t = t.UTC()
	var buf [40]byte
	if !bytes.Equal(t.AppendFormat(buf[:0], time.RFC3339Nano), s) {
		p.bad = true
		return time.Time{}
	}
	return t
}

func lowerHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}
