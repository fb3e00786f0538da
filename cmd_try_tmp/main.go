package main

import (
	"fmt"

	"github.com/recoverykit/recovery/wording"
)

func main() {
	lang := ""
	for _, r := range wording.Rules() {
		if r.Language != lang {
			lang = r.Language
			fmt.Println("LANG", lang)
		}
		fmt.Printf("//\t%-20s %-18s %q\n", r.Code, r.Source, r.Example)
	}
}
