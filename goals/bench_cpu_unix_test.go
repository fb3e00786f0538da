//go:build unix

package goals_test

import "syscall"

// benchCPUTime returns the process's user+system CPU time in nanoseconds, so
// benchmarks can report cost per goal that does not count time spent waiting
// for a shared CPU.
func benchCPUTime() (int64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
