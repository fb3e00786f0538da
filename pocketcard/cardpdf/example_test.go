package cardpdf_test

import (
	"bytes"
	"fmt"
	"regexp"
	"time"

	"github.com/recoverykit/recovery/pocketcard"
	"github.com/recoverykit/recovery/pocketcard/cardpdf"
	"github.com/recoverykit/recovery/recoverytest"
)

// The scenario's overdose card as a PDF: two pages, front and back, each the
// size of a bank card in points.
func ExampleWrite() {
	var b bytes.Buffer
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	if err := cardpdf.Write(&b, recoverytest.Scenario(), at, &pocketcard.Options{Lang: "en"}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(regexp.MustCompile(`/Count \d+`).Find(b.Bytes())))
	fmt.Println(string(regexp.MustCompile(`/MediaBox \[[^\]]*\]`).Find(b.Bytes())))
	// Output:
	// /Count 2
	// /MediaBox [0 0 242.65 153.07]
}
