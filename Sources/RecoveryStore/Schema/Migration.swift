/// One named, ordered step of the schema. Shipped migrations are never edited: a change is a new one.
struct Migration: Sendable {
  /// The schema version this migration brings the database to (1, 2, ...).
  let version: Int
  /// A short name recorded in `schema_migration`.
  let name: String
  /// The SQL, run in the same transaction as the version bump.
  let sql: String
}
