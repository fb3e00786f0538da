package audit

// ValidateSlow is Validate without its fast path, so that tests can check
// that the two agree.
func ValidateSlow(e Event) error { return e.problems() }

// ParseLine is ReadJSONL's fast path, for FuzzParseLine.
func ParseLine(line []byte) (Event, bool) { return parseLine(line) }

// VerifyEvents is Verify's core, for tests that break a long trail.
func VerifyEvents(events []Event) (int, Break) { return verifyEvents(events) }

// Corrupt changes event i of t in place, as a memory fault would.
func Corrupt(t *Trail, i int) { t.events[i].Version++ }

// VerifyOneGoroutine is Verify's check on one goroutine, for the benchmark
// that shows what splitting the work buys.
func VerifyOneGoroutine(t *Trail) (int, Break) { return verifyRange(t.events, 0, len(t.events)) }
