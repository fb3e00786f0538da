package cohort

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports plans read, the rate and rejects on a terminal, at most
// twice a second; it is nil (and quiet) when stderr is not a terminal.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
}

func newProgress(stderr io.Writer) *progress {
	f, ok := stderr.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	now := time.Now()
	return &progress{w: f, start: now, last: now}
}

func (p *progress) update(plans, rejected int) {
	if p == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 500*time.Millisecond {
		return
	}
	p.last = now
	p.print(plans, rejected, now)
}

func (p *progress) print(plans, rejected int, now time.Time) {
	rate := float64(plans) / max(now.Sub(p.start).Seconds(), 1e-9)
	fmt.Fprintf(p.w, "\r%d plans, %.0f plans/s, %d rejected ", plans, rate, rejected)
}

func (p *progress) done(plans, rejected int) {
	if p == nil {
		return
	}
	p.print(plans, rejected, time.Now())
	fmt.Fprintln(p.w)
}
