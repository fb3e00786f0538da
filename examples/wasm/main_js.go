//go:build js && wasm

package main

import "syscall/js"

// main registers the functions on globalThis.recoverykit and waits: the
// functions stay callable until the page or the process ends.
func main() {
	str := func(args []js.Value, i int) string {
		if i < len(args) && args[i].Type() == js.TypeString {
			return args[i].String()
		}
		return ""
	}
	api := map[string]any{
		"validate":      js.FuncOf(func(_ js.Value, a []js.Value) any { return validatePlan(str(a, 0), str(a, 1)) }),
		"smartCheck":    js.FuncOf(func(_ js.Value, a []js.Value) any { return smartCheck(str(a, 0), str(a, 1), str(a, 2)) }),
		"analyzeText":   js.FuncOf(func(_ js.Value, a []js.Value) any { return analyzeText(str(a, 0), str(a, 1), str(a, 2)) }),
		"checkLanguage": js.FuncOf(func(_ js.Value, a []js.Value) any { return checkLanguage(str(a, 0), str(a, 1)) }),
		"card":          js.FuncOf(func(_ js.Value, a []js.Value) any { return card(str(a, 0), str(a, 1)) }),
		"vocabulary":    js.FuncOf(func(_ js.Value, a []js.Value) any { return vocabulary(str(a, 0), str(a, 1)) }),
		"schema":        js.FuncOf(func(_ js.Value, _ []js.Value) any { return schema() }),
	}
	js.Global().Set("recoverykit", js.ValueOf(api))
	select {}
}
