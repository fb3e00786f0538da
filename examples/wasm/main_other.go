//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "build with GOOS=js GOARCH=wasm: go build -o recoverykit.wasm ./examples/wasm")
	os.Exit(2)
}
