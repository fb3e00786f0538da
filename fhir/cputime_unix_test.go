//go:build unix

package fhir_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, all threads (the
// garbage collector's too): unlike wall time, it does not grow while other
// programs hold the machine's cores, so a ratio of two spans of it is stable
// on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
