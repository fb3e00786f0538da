package synth_test

import (
	"fmt"

	"github.com/recoverykit/recovery/internal/synth"
)

func Example() {
	a, b := synth.Plans(7, 3), synth.Plans(7, 3)
	for i := range a {
		fmt.Println(a[i].Validate() == nil, a[i].String() == b[i].String())
	}
	fmt.Println(len(synth.Plans(7, -1)))
	// Output:
	// true true
	// true true
	// true true
	// 0
}
