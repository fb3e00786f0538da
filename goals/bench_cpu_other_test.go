//go:build !unix

package goals_test

// benchCPUTime is not available on this platform.
func benchCPUTime() (int64, bool) { return 0, false }
