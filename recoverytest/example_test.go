package recoverytest_test

import (
	"fmt"

	"github.com/recoverykit/recovery/recoverytest"
)

func Example() {
	a, b := recoverytest.Plans(7, 3), recoverytest.Plans(7, 3)
	for i := range a {
		fmt.Println(a[i].Validate() == nil, a[i].String() == b[i].String())
	}
	fmt.Println(len(recoverytest.Plans(7, -1)))
	// Output:
	// true true
	// true true
	// true true
	// 0
}
