#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A person whose recovery is tracked. A database holds one or more; a single user never has to name
/// one, since the store keeps a default patient.
public struct Patient: Sendable, Equatable, Codable, Hashable {
  /// The name every user of the default patient gets without asking.
  public static let defaultName = "default"

  /// The store's number for the patient.
  public var id: Int
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// The name used on the command line (`--patient`).
  public var name: String

  /// Creates a patient value.
  public init(id: Int, uid: UUID, name: String) {
    self.id = id
    self.uid = uid
    self.name = name
  }
}
