//go:build linux

package cohort_test

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/cohort"
)

// openPTY opens a pseudo-terminal: the terminal's side, for the command's
// stderr, and the other side, to read what it shows.
func openPTY(t *testing.T) (term, peer *os.File) {
	t.Helper()
	peer, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	require.NoError(t, err)
	var unlock int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, peer.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock)))
	require.Zero(t, errno)
	var n uint32
	_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, peer.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n)))
	require.Zero(t, errno)
	term, err = os.OpenFile("/dev/pts/"+strconv.FormatUint(uint64(n), 10), os.O_RDWR|syscall.O_NOCTTY, 0)
	require.NoError(t, err)
	return term, peer
}

// TestProgressOnTerminal: on a terminal, stderr shows the plans tabulated,
// the rate and the rejects; elsewhere (every other test) it stays quiet.
func TestProgressOnTerminal(t *testing.T) {
	term, peer := openPTY(t)
	defer peer.Close()
	shown := make(chan string)
	go func() {
		var buf bytes.Buffer
		io.Copy(&buf, peer) //nolint:errcheck // ends when the terminal closes
		shown <- buf.String()
	}()
	var out bytes.Buffer
	code := cohort.Main("recoverykit", []string{"score", "-at", at}, strings.NewReader(fixedCohort(t)+"{bad\n"), &out, term)
	require.NoError(t, term.Close())
	got := <-shown
	assert.Equal(t, 0, code)
	assert.Contains(t, got, "11 plans, ")
	assert.Contains(t, got, " plans/s, 1 rejected")
}
