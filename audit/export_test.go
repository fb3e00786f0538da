package audit

// ValidateSlow is Validate without its fast path, so that tests can check
// that the two agree.
func ValidateSlow(e Event) error { return e.problems() }
