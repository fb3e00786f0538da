package goals

import "time"

// AnalyzeTextScanOnly is AnalyzeText reading every word with the module's
// scanner, without its plain-word path, so that tests can check that the
// two read alike.
func AnalyzeTextScanOnly(text string, ref time.Time, opts *TextOptions) TextAnalysis {
	return TextAnalysis{Matches: textAnalyzeScan(text, ref, opts, nil, true)}
}
