//go:build !unix

package fhir_test

import "time"

// cpuTime returns 0 where the process's CPU time is not read; the benchmark
// then reports wall-time ratios only.
func cpuTime() time.Duration { return 0 }
