#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How one resource refers to another.
enum FHIRReferences: Sendable {
  /// By the `fullUrl` in the same bundle, `urn:uuid:<uid>`, which a server rewrites to the ids it
  /// assigns.
  case bundle
  /// By `Type/<uid>`, the target's `id` in the NDJSON files of the same export.
  case relative

  /// A `Reference` to the resource of `type` recorded under `uid`.
  func to(_ type: String, _ uid: UUID) -> JSONValue {
    switch self {
    case .bundle: .fields(["reference": .string(FHIRResource.urn(uid))])
    case .relative: .fields(["reference": .string(type + "/" + uid.lowercaseText)])
    }
  }
}
