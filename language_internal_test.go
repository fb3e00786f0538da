package recovery

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestCommonLanguagesParse checks that every tag wellFormedLanguage accepts
// without parsing is one that language.Parse accepts, so that the shortcut
// changes no answer.
func TestCommonLanguagesParse(t *testing.T) {
	for _, tag := range commonLanguages {
		_, err := language.Parse(tag)
		require.NoError(t, err, tag)
		require.True(t, wellFormedLanguage(tag), tag)
	}
	for _, tag := range []string{"EN", "en-us", "xx-zz-12345678901", "Spanish please", "en-", "e"} {
		_, err := language.Parse(tag)
		require.Equal(t, err == nil, wellFormedLanguage(tag), tag)
	}
}
