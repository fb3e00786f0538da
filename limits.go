package recovery

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// MaxPlanBytes is the largest plan, as JSON, that [DecodePlan] reads: 1 MiB,
// about a hundred times the seed scenario's plan, and room for 30 goals
// with every text at its limit.
const MaxPlanBytes = 1 << 20

// ErrTooLarge is wrapped by the error [DecodePlan] returns for input over
// [MaxPlanBytes].
var ErrTooLarge = errors.New("recovery: plan over MaxPlanBytes")

// ErrJSON is wrapped by the error [DecodePlan] returns for input that is not
// the JSON of a plan. The error names the byte offset or the field, never
// the value found.
var ErrJSON = errors.New("recovery: plan JSON does not decode")

// DecodePlan reads one plan, as JSON, from r and validates it. It reads at
// most [MaxPlanBytes]+1 bytes, so input from anyone costs bounded memory
// before anything is decoded; input over the limit is an error wrapping
// [ErrTooLarge]. JSON that does not decode (a syntax error, a value of the
// wrong type, data after the plan) is an error wrapping [ErrJSON] that
// quotes nothing from the input. A plan that decodes but breaks a rule
// returns the plan and its *[ValidationError], so the caller can still
// show what to fix.
//
// The size is checked here rather than by [Plan.Validate] because by the
// time a plan is validated its bytes are already decoded into memory, and
// measuring a plan's JSON would cost Validate a full encoding. Validate
// bounds each text field instead (see Limits in the package comment).
func DecodePlan(r io.Reader) (Plan, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxPlanBytes+1))
	if err != nil {
		return Plan{}, err
	}
	if len(b) > MaxPlanBytes {
		return Plan{}, ErrTooLarge
	}
	var p Plan
	if err := json.Unmarshal(b, &p); err != nil {
		return Plan{}, jsonError(err)
	}
	return p, p.Validate()
}

// jsonError returns err, from encoding/json, as an error wrapping ErrJSON
// that keeps the offset or the field and Go type, never the value found.
func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &decodeError{msg: "syntax error at byte " + strconv.FormatInt(se.Offset, 10)}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Type != nil {
		return &decodeError{msg: "the value of " + te.Field + " is not a " + te.Type.String()}
	}
	return &decodeError{msg: "not a plan"}
}

// decodeError is a JSON error without the input.
type decodeError struct{ msg string }

func (e *decodeError) Error() string { return ErrJSON.Error() + ": " + e.msg }
func (e *decodeError) Unwrap() error { return ErrJSON }
