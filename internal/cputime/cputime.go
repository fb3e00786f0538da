// Package cputime reads the CPU time the process has used, for the
// benchmarks that report a rate per core: unlike wall time, it does not grow
// while other programs hold the machine's cores, so a ratio of two spans of
// it holds steady on a busy machine.
package cputime

import "time"

// Used returns the CPU time the process has used so far, user and system,
// on every thread (the garbage collector's too), and whether the platform
// tells it; it returns 0 and false where it does not.
func Used() (time.Duration, bool) { return used() }
