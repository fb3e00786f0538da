package recovery

import "errors"

// MaxPlanBytes is the largest plan, as JSON, that [DecodePlan] reads: 1 MiB,
// about a hundred times the seed scenario's plan, and room for 30 goals
// with every text at its limit.
const MaxPlanBytes = 1 << 20

// ErrTooLarge is wrapped by the error [DecodePlan] returns for input over
// [MaxPlanBytes], or over [DecodeOptions.MaxBytes] when set.
var ErrTooLarge = errors.New("recovery: plan over MaxPlanBytes")

// ErrJSON is wrapped by the error [DecodePlan] returns for input that is not
// the JSON of a plan. The error is also a *[ValidationError] that names the
// byte offset or the field, never the value found.
var ErrJSON = errors.New("recovery: plan JSON does not decode")
