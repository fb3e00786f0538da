package recovery

import "github.com/recoverykit/recovery/internal/validate"

// ErrInvalid is wrapped by every validation error in this module, whichever
// package returned it: test for it with errors.Is(err, recovery.ErrInvalid).
var ErrInvalid = validate.ErrInvalid

// ValidationError lists every problem found in a value, each with the JSON path
// of the field (for example "goals[1].steps[0].due") and the rule it breaks. It
// wraps [ErrInvalid]. Every Validate method in this module returns nil or a
// *ValidationError; retrieve it with errors.As.
//
// Messages name fields, rules and IDs only, never the words a person wrote, a
// name or a phone number, so a ValidationError is safe to log.
//
// The zero value lists no problems; Validate methods never return one. A
// ValidationError is safe for concurrent reads once returned.
type ValidationError = validate.Error

// Problem is one entry of a [ValidationError]: a field path, a rule code and the
// rule's parameter, if any.
//
// The zero value names no field or rule. A Problem is a plain value, safe for
// concurrent use.
type Problem = validate.Problem
