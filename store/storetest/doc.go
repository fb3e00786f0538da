// Package storetest holds the tests of package
// github.com/recoverykit/recovery/store against real databases: SQLite
// through modernc.org/sqlite, always, and PostgreSQL through
// github.com/jackc/pgx/v5/stdlib when RECOVERY_PG_DSN names a database the
// tests may create schemas in (for example
// "postgres://postgres@127.0.0.1:5432/recovery").
//
// It is a module of its own, so that the drivers are requirements of this
// module only: an application that imports the library never downloads
// them. Run its tests from this directory with go test ./... .
package storetest
