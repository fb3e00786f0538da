// Package synth generates synthetic recovery plans for benchmarks, fuzz seeds
// and the cohort example: valid plans of varying richness, from a sparse
// draft to a full plan, the same for the same seed.
//
// The plans are made up from small banks of phrases and fictional names and
// 555-01xx phone numbers; they describe no one. A few phrases carry terms that
// [recovery.CheckLanguage] flags, so the language criterion varies across a
// cohort as it does in real records.
//
// A Generator is not safe for concurrent use; give each goroutine its own.
package synth
