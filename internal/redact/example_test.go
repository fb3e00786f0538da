package redact_test

import (
	"fmt"

	"github.com/recoverykit/recovery/internal/redact"
)

// Color is a code type, as the module's enums are.
type Color string

func (c Color) IsValid() bool { return c == "red" || c == "blue" }

func Example() {
	fmt.Printf("%q %q\n", redact.Text("I call Sam at 555-0142"), redact.Text(""))
	fmt.Println(redact.Code(Color("red")), redact.Code(Color("my brother Sam")), redact.Code(Color("")))
	// Output:
	// "[redacted]" ""
	// red [invalid] [invalid]
}
