// Command wasm is the library in the browser and in Node.js: built with
// GOOS=js GOARCH=wasm it exposes plan validation (with messages in the
// person's language and RFC 6901 pointers), the SMART check, goal text
// analysis and the language check (with UTF-16 offsets, as JavaScript counts
// string positions), the pocket card as HTML, the vocabulary of every code
// and the plan's JSON Schema. recoverykit.mjs wraps the functions for
// JavaScript; recoverykit.test.mjs calls each one under node --test.
//
// Build and test:
//
//	GOOS=js GOARCH=wasm go build -o recoverykit.wasm ./examples/wasm
//	RECOVERYKIT_WASM=recoverykit.wasm WASM_EXEC="$(go env GOROOT)/lib/wasm/wasm_exec.js" \
//	  node --test examples/wasm/
//
// Built for any other platform the command only says how to build it; the
// functions are tested there by go test.
package main
