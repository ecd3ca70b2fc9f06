import RecoveryExchange
import RecoveryStore

/// The tool's version, which both executables print for `--version`.
package enum ToolVersion {
  /// The tool's own version number.
  package static let number = "0.1.0"

  /// What `--version` prints: the tool's version, and the database schema and export format versions
  /// it writes.
  package static let description =
    "recovery \(number) (database schema \(RecoveryStore.schemaVersion), export format \(DiaryExport.version))"
}
