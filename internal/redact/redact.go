package redact

import "github.com/recoverykit/recovery/phi"

const (
	// Redacted stands in for text that is personal health information.
	Redacted = phi.Redacted
	// Invalid stands in for a code that is not one of its type's values.
	Invalid = "[invalid]"
)

// Text returns [Redacted] for non-empty s and "" for empty s.
func Text[T ~string](s T) string { return phi.Redact(s) }

// Code returns c as a string if c.IsValid() and [Invalid] otherwise (the empty
// code included), so that text stored in a code field never reaches a log.
func Code[T interface {
	~string
	IsValid() bool
}](c T) string {
	if c.IsValid() {
		return string(c)
	}
	return Invalid
}
