/// One named, ordered step of the schema.
///
/// Migrations are frozen: the SQL of a migration that has been released never changes, and a change to
/// the schema is a new migration with the next version. Version 1 was amended twice during development,
/// before any release: to make its CHECK constraints refuse NULL and impossible dates, and to write its
/// word lists as OR-lists. Versions 1 and 2 are frozen as they stand.
///
/// New migrations write a list of allowed values as `x = 'a' OR x = 'b'`, never as `x IN ('a', 'b')`,
/// which SQLite checks more slowly on every inserted row (see ``Migrations``). Version 2's
/// `removed IN (0, 1)` predates this rule and stays as released.
struct Migration: Sendable {
  /// The schema version this migration brings the database to (1, 2, ...).
  let version: Int
  /// A short name recorded in `schema_migration`.
  let name: String
  /// The SQL, run in the same transaction as the version bump.
  let sql: String
}
