package goals

import "time"

// AnalyzeTextScanOnly is AnalyzeText reading every word with the module's
// scanner, without its plain-word path, so that tests can check that the
// two read alike.
func AnalyzeTextScanOnly(text string, ref time.Time, opts *TextOptions) TextAnalysis {
	return TextAnalysis{Matches: textAnalyzeScan(text, ref, opts, nil, textModeScanOnly)}
}

// AnalyzeTextTryingAll is AnalyzeText trying every rule family a word
// starts, without the tables that rule tries out by the next word, so that
// tests can check that the tables never rule out a match.
func AnalyzeTextTryingAll(text string, ref time.Time, opts *TextOptions) TextAnalysis {
	return TextAnalysis{Matches: textAnalyzeScan(text, ref, opts, nil, textModeTryAll)}
}
