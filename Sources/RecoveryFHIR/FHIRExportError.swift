import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why an entry could not be written as FHIR resources.
public enum FHIRExportError: Error, CustomStringConvertible, Equatable, Sendable {
  /// A walking-aid period whose end comes before its start, which no FHIR `Period` may have.
  case periodEndsBeforeStart(entry: UUID, from: CalendarDay, to: CalendarDay)

  /// A sentence for developers and logs.
  public var description: String {
    switch self {
    case .periodEndsBeforeStart(let entry, let from, let to):
      "The aid period \(entry.uuidString.lowercased()) ends (\(to)) before it starts (\(from))."
    }
  }
}
