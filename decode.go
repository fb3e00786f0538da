package recovery

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"

	"github.com/recoverykit/recovery/internal/jsondecode"
)

// The rule codes of the problems [DecodePlan] reports for JSON that does not
// decode, besides the rules of [Plan.Validate].
const (
	// RuleSyntax: the input is not JSON, or there is data after the plan;
	// Param is the byte offset of the syntax error or of the end of the
	// plan, and the path is empty.
	RuleSyntax = jsondecode.RuleSyntax
	// RuleType: a JSON value of the wrong type; Param is the JSON type the
	// field takes (string, integer, number, boolean, array or object).
	RuleType = jsondecode.RuleType
	// RuleUUID: an ID that is not a UUID.
	RuleUUID = jsondecode.RuleUUID
	// RuleDateTime: a time that is not an RFC 3339 date and time, such as a
	// date without a time ("2026-03-02" for "2026-03-02T00:00:00Z").
	RuleDateTime = jsondecode.RuleDateTime
	// RuleRange: a number too large for its field.
	RuleRange = jsondecode.RuleRange
	// RuleUnknown: a field a plan does not have, reported when
	// [DecodeOptions.DisallowUnknownFields] is set. The path names the field
	// when its name reads as one (ASCII letters, digits and underscores, up
	// to 64 bytes); any other name is reported at the enclosing object.
	RuleUnknown = jsondecode.RuleUnknown
	// RuleTooLarge: the input is over the size limit, whose number of bytes
	// is Param.
	RuleTooLarge = "too-large"
)

// DecodeOptions say how [DecodeOptions.DecodePlan] reads a plan. The zero
// value reads up to [MaxPlanBytes] and ignores unknown fields, as
// encoding/json does.
type DecodeOptions struct {
	// DisallowUnknownFields reports every field the plan's types do not
	// have (rule "unknown"): a misspelt field in a form is then an error
	// rather than data silently dropped.
	DisallowUnknownFields bool
	// MaxBytes is the most input read; zero means [MaxPlanBytes].
	MaxBytes int64
}

// DecodePlan reads one plan, as JSON, from r with the zero [DecodeOptions]
// and validates it. See [DecodeOptions.DecodePlan].
func DecodePlan(r io.Reader) (Plan, error) { return DecodeOptions{}.DecodePlan(r) }

// DecodePlan reads one plan, as JSON, from r and validates it.
//
// It reads at most MaxBytes+1 bytes, so input from anyone costs bounded
// memory; input over the limit is an error wrapping [ErrTooLarge] and a
// *[ValidationError] with rule "too-large". JSON that does not decode as a
// plan is a *[ValidationError], also wrapping [ErrJSON], that lists every
// mismatch with its path and rule, in the order of the input, instead of
// encoding/json's first error (which names a field without its indices and,
// for a UUID or a time, quotes the input):
//
//	(empty path)           syntax=<offset>  not JSON, or data after the plan
//	goals[1].importance    type=integer     a value of the wrong JSON type
//	supports[0].id         uuid             not a UUID
//	goals[0].steps[2].due  date-time        not an RFC 3339 date and time
//	version                range            a number too large for the field
//	goals[0].nickname      unknown          only with DisallowUnknownFields
//
// A plan that decodes but breaks a rule of [Plan.Validate] is returned with
// its *[ValidationError], so the caller can still show what to fix. No
// problem carries a value of the input. Each problem's [Problem.Pointer] is
// the RFC 6901 form of its path, for a form or a JSON Schema validator.
//
// The size is checked here rather than by [Plan.Validate] because by the
// time a plan is validated its bytes are already decoded into memory, and
// measuring a plan's JSON would cost Validate a full encoding. Validate
// bounds each text field instead (see Limits in the package comment).
func (o DecodeOptions) DecodePlan(r io.Reader) (Plan, error) {
	limit := o.MaxBytes
	if limit <= 0 {
		limit = MaxPlanBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return Plan{}, err
	}
	if int64(len(b)) > limit {
		return Plan{}, &decodeError{sentinel: ErrTooLarge, ve: &ValidationError{
			Problems: []Problem{{Rule: RuleTooLarge, Param: strconv.FormatInt(limit, 10)}}}}
	}
	// The fast path: encoding/json alone. Only input it rejects is read
	// again, field by field, to say where and why.
	var p Plan
	if o.DisallowUnknownFields {
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		err = dec.Decode(&p)
		if err == nil {
			if _, terr := dec.Token(); !errors.Is(terr, io.EOF) {
				err = errors.New("data after the plan")
			}
		}
	} else {
		err = json.Unmarshal(b, &p)
	}
	if err != nil {
		ps := jsondecode.Check(b, reflect.TypeFor[Plan](), jsondecode.Options{DisallowUnknownFields: o.DisallowUnknownFields})
		if len(ps) == 0 {
			// Unreachable while the check mirrors encoding/json (the fuzz
			// target holds them together); reported without the decoder's
			// message, which can quote the input.
			ps = []Problem{{Rule: "invalid"}}
		}
		return Plan{}, &decodeError{sentinel: ErrJSON, ve: &ValidationError{Problems: ps}}
	}
	return p, p.Validate()
}

// decodeError is a *ValidationError that also wraps ErrJSON or ErrTooLarge.
type decodeError struct {
	sentinel error
	ve       *ValidationError
}

func (e *decodeError) Error() string   { return e.ve.Error() }
func (e *decodeError) Unwrap() []error { return []error{e.sentinel, e.ve} }
