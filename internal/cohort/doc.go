// Package cohort is the recoverykit command: it streams recovery plans from
// JSON Lines into the tidy tables of the command's documentation (score,
// goals, decisions, readiness) as CSV, NDJSON or Parquet, with their
// codebook, rejects and summary.
// [Main] runs it with its arguments and streams passed in, so the command,
// its older name examples/cohort and the tests share one implementation.
//
// # Stages
//
// One producer reads lines (or generates synthetic plans) into batches of
// 128; workers decode, validate and tabulate batches in parallel; one
// collector writes each batch's rows and rejects in input order, skips
// duplicate plan IDs and adds the per-plan values to the summary in input
// order. The output is the same whatever the number of workers.
//
// # Formats
//
// Workers encode rows in the output's format, so the collector only copies
// bytes: CSV and NDJSON text, or for Parquet typed cells (parquet.go) that
// the collector's one Parquet writer, built from the table's codebook
// columns, checks against each column's type and writes in row groups of
// bounded size. parquet-go is linked here and by the command only.
//
// The library's measures (the plan score, the GAS summary, crisis readiness,
// decision quality) are reached through measure.go only, so a change in their
// API touches one file.
package cohort
