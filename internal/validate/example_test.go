package validate_test

import (
	"errors"
	"fmt"

	"github.com/recoverykit/recovery/internal/validate"
)

type step struct {
	Action string `json:"action" validate:"required"`
}

type goal struct {
	Term  string `json:"term" validate:"oneof=short-term long-term"`
	Steps []step `json:"steps" validate:"dive"`
}

func Example() {
	g := goal{Term: "soon", Steps: []step{{Action: "call"}, {}}}
	var c validate.Collector
	c.Struct("", g)
	c.Add("due", "after-start") // a cross-field rule checked by hand
	err := c.Err()

	var ve *validate.Error
	fmt.Println(errors.Is(err, validate.ErrInvalid), errors.As(err, &ve))
	fmt.Println(ve.Has("steps[1].action", "required"))
	fmt.Println(err)
	// Output:
	// true true
	// true
	// recovery: invalid input: term: oneof=short-term long-term; steps[1].action: required; due: after-start
}
