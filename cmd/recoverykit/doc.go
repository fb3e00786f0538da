// Recoverykit turns a program's recovery plans into tidy tables that R,
// pandas or a spreadsheet read as they are: plan quality on the 4 Ps, goal
// attainment, shared decisions and crisis plan readiness, one row per
// observation, with a codebook, a summary and a machine-readable list of the
// lines it could not use.
//
// Install it with
//
//	go install github.com/recoverykit/recovery/cmd/recoverykit@latest
//
// # Usage
//
//	recoverykit <command> [flags] [file or directory ...]
//
// The commands:
//
//	score      plan quality on the 4 Ps: one row per plan and rubric criterion
//	goals      GAS T-scores per plan, weighted and unweighted, with rho; the
//	           change from the version a plan replaces; goals left out of the
//	           GAS summary and why; the SMART criteria of each goal
//	decisions  shared decisions: one row per decision and SDM measure
//	           response (one for a decision with none), with its stage, who
//	           chose, its quality, and each response's instrument, version,
//	           respondent, time and score
//	readiness  crisis plan readiness: one row per plan and crisis plan or
//	           wellness toolbox, with its score, missing fields, stale,
//	           naloxone expired
//	report     a self-contained HTML report (inline SVG, no external assets):
//	           box plots of each P and the total, of GAS follow-up and change,
//	           of crisis readiness and decision quality, overall and by -keep
//	           group, with a table of the numbers
//	codebook   the data dictionary of the tables (CSV; JSON with -json;
//	           -o FILE chooses by extension: .json JSON, .parquet Parquet)
//	version    the library and rubric versions
//
// Each command's flags follow Go's flag package (-name value, -name=value,
// -h for help):
//
//	-at TIME          the RFC 3339 time the plans are judged at: required when
//	                  reading plans, so a rerun gives the same table (there is
//	                  no silent "now"); -synthetic defaults to its reference time
//	-o FILE           write the table to FILE instead of stdout; .csv, .ndjson,
//	                  .jsonl or .parquet choose the format, a further .gz
//	                  compresses CSV and NDJSON (not Parquet: a usage error)
//	-format F         csv (the default), ndjson or parquet; it wins over -o's
//	                  extension
//	-keep K1,K2       pass the keys K1 and K2 of each input line through as
//	                  columns, for grouping (a program, a site, a cohort)
//	-rejects FILE     write the rejected lines' reasons as NDJSON
//	-summary FILE     write counts, means, SDs and quartiles as JSON
//	-codebook FILE    write the table's data dictionary (.json: JSON; .parquet:
//	                  Parquet; else CSV)
//	-quantile-type N  the quartiles' definition, 1 to 9 (default 7)
//	-shard i/n        read only the i-th of n shares of the input (0 ≤ i < n)
//	-workers N        goroutines, 1 to 1024 (default GOMAXPROCS); the output
//	                  is the same for any N
//	-max-line BYTES   the longest line read, 1 to recovery.MaxPlanBytes (the
//	                  default, 1 MiB)
//	-strict           exit 3 when any line was rejected
//	-synthetic N      tabulate N synthetic plans (package recoverytest) instead
//	-seed S           the synthetic cohort's seed (default 1)
//	-emit             with -synthetic, write the plans as JSON Lines instead
//	-fhir             read a FHIR Bulk Data export instead of plans
//
// For example:
//
//	recoverykit score -at 2026-03-02T00:00:00Z -keep program,site \
//	    -summary summary.json -rejects rejects.ndjson -o scores.csv plans/
//	recoverykit goals -at 2026-03-02T00:00:00Z -o goals.ndjson plans.jsonl.gz
//	recoverykit goals -at 2026-03-02T00:00:00Z -o goals.parquet plans.jsonl.gz
//	recoverykit report -at 2026-03-02T00:00:00Z -keep program -o report.html plans/
//	recoverykit score -synthetic 1000 -emit > plans.jsonl
//
// Flags come before the files, as Go's flag package reads them.
//
// # Input
//
// Plans come as JSON Lines: one recovery.Plan as JSON per line. The
// arguments are files, directories (every *.jsonl, *.ndjson and *.json file
// under them, compressed or not, in lexical order of path), or "-" for
// standard input, which is also the default. A stream that starts with the
// gzip magic number is decompressed, whatever its name. A leading UTF-8
// byte-order mark is dropped; line endings may be \n or \r\n; blank lines are
// skipped and counted. The keys named by -keep sit beside the plan's own keys
// in the same JSON object ({"program":"north","id":"...",...}); a string
// value is written as its text, any other value as its JSON, a missing key or
// null as a missing value.
//
// With -fhir the arguments are a FHIR Bulk Data export as an EHR's $export
// writes it: NDJSON files, one per resource type (CarePlan.ndjson,
// Goal.ndjson, ...), compressed or not, or the directory holding them. Each
// CarePlan becomes one plan: the CarePlan, every resource it reaches by
// literal reference ("urn:uuid:<id>" or "<Type>/<id>") and every resource
// that refers to the CarePlan, one of its Goals or Observations (Consents,
// GAS Observations, Lists; a supporter or practitioner that many plans share
// joins none of them), other CarePlans excepted, are put in one
// Bundle in the export's order (by file, then line) and read by fhir.Import,
// the package fhir mapping; resources no CarePlan reaches are not used. A
// plan's rows and rejects carry the CarePlan's file and line. The whole
// export is held in memory while the plans are put together, and a resource
// that two versions of a plan share (a goal kept from one version to the
// next, which a server holds once) goes into both.
//
// # Output
//
// Every table is in long format and starts with the same columns: person_id,
// series_id (missing when plans carry no series ID), plan_id, version,
// replaces (the plan_id of the version amended), then the -keep columns, then
// the table's own. A missing value is an empty CSV field, a JSON null or a
// Parquet null. Numbers are written in the shortest form that reads back
// exactly. The codebook (-codebook, or the codebook command) lists every
// column with its type, label, codes and the part of the plan or library it
// comes from.
//
// # Parquet
//
// -format parquet, or -o FILE.parquet, writes the table as Apache Parquet
// (through github.com/parquet-go/parquet-go), which R's arrow
// (read_parquet), pandas and polars (read_parquet), DuckDB and Spark read
// with its types: the same columns in the same order as the CSV, each
// optional, so a missing value is a null, never an empty string. The
// codebook's types map to Parquet's:
//
//	string, uuid  BYTE_ARRAY, logical type STRING (UTF-8), dictionary-encoded;
//	              a uuid is its text, as in the CSV, so it joins across formats
//	integer       INT64, logical type INT(64, signed)
//	number        DOUBLE
//	boolean       BOOLEAN
//
// Columns are compressed with Zstandard (zstd level 3): the tidy tables
// repeat IDs and codes row after row, and zstd makes them about a third
// smaller than Snappy for about a fifth more writing time; a .gz suffix does
// not apply and is refused. Rows stream into row groups of 131072 rows, so
// the writer holds one row group's pages at a time, whatever the number of
// plans: peak resident memory of score -synthetic N -workers 2 -o
// FILE.parquet, measured with /usr/bin/time, is 84 MB for 10^4 plans,
// 140 MB for 10^5 and 194 MB for 10^6 (as CSV: 32, 43 and 110 MB), where
// zstd's 16 MB history, one row group and the garbage collector's headroom
// over them make the difference. The codebook written as a table (-codebook FILE.parquet,
// or codebook -o FILE.parquet) has the CSV codebook's columns, all STRING.
// The Parquet bytes are the same for any -workers, as are the other formats'.
//
// score writes p, criterion, score (0 to 1), weight (the criterion's share of
// its P), points (score × weight × 25) and rubric, so an analysis can
// re-weight the criteria.
//
// goals writes goal_id, term, status, measure, weighting, rho, value and
// reason. Plan rows (goal_id missing) hold the GAS T-scores at baseline and
// follow-up and their change, weighted and unweighted, the number of goals
// scored, and gas-change-from-replaced: the follow-up T-score minus that of
// the version this plan replaces, written once both versions have been read,
// in either order. Goal rows hold each scaled goal's levels and weight, the
// goals left out of the GAS summary with the reason, and one row per SMART
// criterion (value 1 or 0, reason the evidence code).
//
// decisions writes decision_id, stage, chosen_by (roles joined by |),
// person_chose, quality (0 to 1), points, possible and unmet (the criteria
// that apply and are not met), then for each response to a measure of shared
// decision making the record carries: response (its place, from 1),
// instrument, instrument_version, respondent, answered_at, score (as package
// sdm scores the instrument), top_score (CollaboRATE), conflict (SURE,
// DCS) and the five DCS subscales (dcs_informed, dcs_values_clarity,
// dcs_support, dcs_uncertainty, dcs_effective_decision). A decision with several responses has one row per response, its own
// columns repeated (long format: an instrument's scores stay in one column
// however many responses a record holds); a decision with none has one row
// with the response columns missing. For one row per decision, keep the rows
// whose response is missing or 1. readiness writes crisis_plan (overdose, safety,
// toolbox, or none when the plan has none of them), score, checked, missing,
// missing_fields, stale and naloxone_expired.
//
// # Rejects
//
// A line that gives no plan never stops the run: it is counted in the
// summary, and with -rejects FILE each reason is one JSON line,
//
//	{"source":"plans/a.jsonl","line":4,"rule":"required","path":"personId"}
//
// naming the source, the line number in it, the rule and, where there is one,
// the field's JSON path; never the line's content. The rules: json-syntax
// (path "byte N"), json-type (path the field), json, too-long (longer than
// -max-line; the line is skipped without being held in memory),
// gzip-truncated and gzip-corrupt (the rest of that source is lost and the
// next source is read), read-error, fhir-resource-type (an export's line
// that is JSON but no resource), fhir-malformed (a CarePlan's bundle that
// fhir.Import cannot read), duplicate (a plan ID seen before: the
// first stays, the repeat is skipped), and the validation rules of
// recovery.Plan.Validate with their paths (with -fhir, those fhir.Import
// reports, with paths in the CarePlan's bundle; at most 20 per line, then
// more-problems with the count as path). Without -rejects, stderr says how
// many lines were rejected, and nothing else.
//
// # Summary
//
// -summary FILE writes JSON with the counts (lines read, blank, out of the
// shard, plans tabulated, rejected, rejects by rule, rows written) and, for
// each of the table's per-plan values (score: the four Ps and the total;
// goals: the follow-up T-scores and changes; decisions: each decision's
// quality and each response's score, by instrument; readiness: each crisis plan's and toolbox's score; report: all of
// these), n, mean, sample SD (n − 1), min, quartiles and max, overall and for
// each combination of the -keep values. The quartiles are exact, of the type
// -quantile-type names, computed as R's quantile computes them (Hyndman & Fan
// 1996); the default, 7, is R's and pandas' default, so the medians agree
// with theirs.
//
// Exact quartiles need every value: with -summary (and for report) the
// command keeps 8 bytes per value, 40 bytes a plan for score. Duplicate
// detection keeps each plan ID, and goals keeps each scaled plan's two
// follow-up T-scores, and a later version read before the version it
// replaces until that one comes. So memory grows with the number of plans:
// peak resident memory of score, measured with /usr/bin/time -v, is 28 MB for
// 10^4 plans and 228 MB for 10^6 with -summary, 28 MB and 106 MB without.
// Everything else streams: lines are read in batches of 128, at most two
// batches per worker are in flight, and a line longer than -max-line is never
// held whole.
//
// # Reproducibility
//
// The summary and the codebook record the library version (the module
// version built into the binary, "(devel)" for a build from a checkout), the
// rubric version, the -at time, the seed of a synthetic cohort and the shard.
// The same input and flags give the same bytes, whatever -workers.
//
// # Exit codes
//
//	0  the run completed; rejected lines, if any, are in the rejects file
//	1  an input could not be opened or an output could not be written
//	2  bad flags or arguments
//	3  -strict was given and at least one line was rejected
//
// # Shards and engines
//
// The work on each plan is pure, so a national corpus splits across
// machines. -shard i/n keeps the plans of the persons whose personId hashes
// (FNV-1a) to i modulo n, so every version of a person's plan, and the change
// between them, lands in one shard (and so does a duplicate, unless it names
// another person); a line that is not JSON, or is cut off or too long, is
// reported by the shard its place in the input hashes to. Each shard reads the whole
// input, decoding only personId for the plans it leaves to others. The shards'
// tables, concatenated (without their CSV header lines, or as NDJSON), or
// their Parquet files read as one dataset (arrow's open_dataset, DuckDB's
// read_parquet('shards/*.parquet')), hold every row of a single run exactly
// once, as do their rejects; their summaries
// do not add up (exact quartiles need every value), so compute the summary of
// the union from the tables.
//
// No engine is needed, but one can run the shards as a map stage. In Apache
// Beam's Go SDK, create the shard numbers with beam.Create(s, 0, 1, ..., n-1)
// and, in a ParDo, run recoverykit with -shard i/n -o on each (os/exec),
// emitting the output file names. In Spark, parallelize(range(n), n) and map
// each i to the same command; or, when the files keep each person's versions
// together, pipe the files' lines through it, as in
// spark.read.json(sc.textFile("plans/*.jsonl.gz").pipe("recoverykit score
// -at 2026-03-02T00:00:00Z -format ndjson")), which catches duplicates and
// changes between versions only within a partition.
//
// # Speed
//
// Decoding JSON is about half of the work. The command decodes its input
// with github.com/go-json-experiment/json, the prototype of the standard
// library's encoding/json/v2 (decoding plans about twice as fast as
// encoding/json), set to read a line as encoding/json does: names matched
// without regard to case, a repeated name merged into the value before it,
// invalid UTF-8 replaced, times read by time.Time's own UnmarshalJSON. A line
// it does not take is decoded again with encoding/json, so the tables and
// rejects are the ones encoding/json would give, byte for byte. The library
// itself decodes with encoding/json. Validating a plan runs checks generated
// from its tags, and validator/v10 only for a plan that breaks one.
//
// # Progress
//
// When stderr is a terminal, a line on it shows the plans tabulated, the rate
// and the rejects, twice a second; otherwise the command is quiet.
//
// # Privacy
//
// person_id and plan_id identify records, and -keep passes keys through as
// they are: run deidentify.Plan before a cohort leaves the place it was
// collected. The command never writes what a person wrote into its tables,
// rejects or messages.
package main
