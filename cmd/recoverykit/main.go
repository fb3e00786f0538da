package main

import (
	"os"

	"github.com/recoverykit/recovery/internal/cohort"
)

func main() {
	os.Exit(cohort.Main("recoverykit", os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
