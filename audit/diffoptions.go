package audit

import "strings"

// Bookkeeping returns the JSON Pointers of the members of a recovery plan that
// say which version it is rather than what it says: "/agreedAt", "/created",
// "/id", "/replaces", "/reviewed", "/seriesId" and "/version". Two versions
// of one plan always differ there, so [DiffOptions] leaves them out when
// SkipBookkeeping is set. It returns a new slice on each call.
func Bookkeeping() []string {
	return []string{"/agreedAt", "/created", "/id", "/replaces", "/reviewed", "/seriesId", "/version"}
}

// DiffOptions configures a diff. The zero value is [Diff]'s behaviour:
// every difference is reported. DiffOptions holds a slice; share one between
// goroutines only if it is not changed.
type DiffOptions struct {
	// SkipBookkeeping leaves out the pointers of [Bookkeeping], so that the
	// diff of two versions of a plan is what a person would call what
	// changed: its content.
	SkipBookkeeping bool
	// Skip lists more JSON Pointers to leave out, each with everything
	// below it: "/goals/0" also leaves out "/goals/0/status". "" would leave
	// out everything and is ignored.
	Skip []string
}

// Diff returns [Diff] of before and after without the pointers that o leaves
// out: a pointer is left out when it is one of them or lies below one. It
// returns nil when nothing else differs.
func (o DiffOptions) Diff(before, after any) ([]string, error) {
	paths, err := Diff(before, after)
	if err != nil || (!o.SkipBookkeeping && len(o.Skip) == 0) {
		return paths, err
	}
	skip := o.Skip
	if o.SkipBookkeeping {
		skip = append(Bookkeeping(), o.Skip...)
	}
	out := paths[:0]
	for _, p := range paths {
		if !skipped(p, skip) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// skipped reports whether p is one of skip or lies below one of them.
func skipped(p string, skip []string) bool {
	for _, s := range skip {
		if s != "" && strings.HasPrefix(p, s) && (len(p) == len(s) || p[len(s)] == '/') {
			return true
		}
	}
	return false
}
