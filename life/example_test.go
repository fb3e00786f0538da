package life_test

import (
	"fmt"

	"github.com/recoverykit/recovery/life"
)

func ExampleAreas() {
	for _, a := range life.Areas() {
		fmt.Printf("%-10s %s\n", a, a.Dimension())
	}
	// Output:
	// personal   purpose
	// social     community
	// health     health
	// employment purpose
	// education  purpose
	// housing    home
	// cultural   community
	// spiritual  purpose
	// finances   purpose
	// leisure    purpose
}
