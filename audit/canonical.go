package audit

import (
	"crypto/sha256"
	"encoding/binary"
)

// canonicalVersion is the first byte of the canonical encoding of an event
// without a Digest, and canonicalDigest of one with a Digest. A change to the
// layout gets a new version byte, so old trails stay verifiable.
const (
	canonicalVersion = 0x01
	canonicalDigest  = 0x02
)

// AppendCanonical appends the canonical encoding of e to b and returns the
// extended slice. The encoding is version 1 of this layout, where u64 is a
// big-endian unsigned integer, i64 a big-endian two's-complement integer,
// uvarint the variable-length encoding of encoding/binary.AppendUvarint (7
// bits per byte, least significant first, high bit set on all bytes but the
// last) and str a uvarint byte length followed by the bytes:
//
//	0x01                 1 byte, the layout version
//	Seq                  u64
//	ID                   16 bytes
//	At                   i64 Unix seconds, then u32 (big-endian)
//	                     nanoseconds within the second (0-999999999)
//	Actor.ID             str
//	Actor.Role           str
//	Action               str
//	Subject              16 bytes
//	Version              u64
//	len(Paths)           uvarint, then each path as str, in order
//	Reason               str
//	Outcome              str
//
// An event with a non-zero Digest is encoded with version byte 0x02 instead,
// the same fields, and the 32 bytes of Digest after Outcome; an event without
// one keeps the version 1 bytes, so trails written before Digest existed
// verify as they did.
//
// Prev and Hash are not part of it: an event's Hash is
// SHA-256(Prev ‖ AppendCanonical(nil, e)), the 32 bytes of Prev followed by
// the encoding. Every field has a fixed size or a length prefix, so two
// different events never share an encoding; it does not depend on At's
// location. Lengths are uvarints so that a typical event and its Prev fit in
// three SHA-256 blocks. TestCanonicalLayout pins these bytes and
// testdata/trail.jsonl the hashes of a stored trail.
func (e Event) AppendCanonical(b []byte) []byte { return appendCanonical(b, &e) }

// appendCanonical is AppendCanonical without copying the event.
func appendCanonical(b []byte, e *Event) []byte {
	if e.Digest.IsZero() {
		b = append(b, canonicalVersion)
	} else {
		b = append(b, canonicalDigest)
	}
	b = binary.BigEndian.AppendUint64(b, e.Seq)
	b = append(b, e.ID[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(e.At.Unix()))
	b = binary.BigEndian.AppendUint32(b, uint32(e.At.Nanosecond()))
	b = appendStr(b, e.Actor.ID)
	b = appendStr(b, string(e.Actor.Role))
	b = appendStr(b, string(e.Action))
	b = append(b, e.Subject[:]...)
	b = binary.BigEndian.AppendUint64(b, e.Version)
	b = binary.AppendUvarint(b, uint64(len(e.Paths)))
	for _, p := range e.Paths {
		b = appendStr(b, p)
	}
	b = appendStr(b, e.Reason)
	b = appendStr(b, string(e.Outcome))
	if !e.Digest.IsZero() {
		b = append(b, e.Digest[:]...)
	}
	return b
}

// appendStr appends s as str: its uvarint byte length, then its bytes.
func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// sum returns SHA-256(e.Prev ‖ canonical(e)), using buf as scratch space; it
// returns the grown buffer for reuse.
func (e *Event) sum(buf []byte) (Hash, []byte) {
	buf = append(buf[:0], e.Prev[:]...)
	buf = appendCanonical(buf, e)
	return sha256.Sum256(buf), buf
}
