// Command cohort is the plan-quality table of the recoverykit command under
// its first name: "cohort ARGS" is "recoverykit score ARGS". It reads plans as
// JSON Lines and writes one CSV row per plan and rubric criterion, in long
// format, with the person, the version and the criterion's score, weight and
// points:
//
//	go run ./examples/cohort -synthetic 1000 > scores.csv
//	go run ./examples/cohort -at 2026-03-02T10:00:00Z -summary summary.json plans.jsonl > scores.csv
//
// The whole command, with the goals, decisions and readiness tables, the
// codebook and shards, installs with
//
//	go install github.com/recoverykit/recovery/cmd/recoverykit@latest
//
// and is documented there (recoverykit -h).
package main

import (
	"io"
	"os"

	"github.com/recoverykit/recovery/internal/cohort"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command with its streams passed in; it returns recoverykit's
// exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return cohort.Main("cohort", append([]string{"score"}, args...), stdin, stdout, stderr)
}
