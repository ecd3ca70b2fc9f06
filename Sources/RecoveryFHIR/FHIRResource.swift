#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One resource of the bundle, with the uid that names it everywhere: its `identifier`, its bundle
/// entry's `fullUrl` and the conditional create that keeps a second posting from duplicating it.
struct FHIRResource {
  /// The FHIR resource type, such as `Observation`.
  var type: String
  /// The stable identifier of what the resource records.
  var uid: UUID
  /// The resource's elements after `resourceType` and `identifier`, in order; absent and empty values
  /// are left out.
  var elements: [JSONValue.Member]

  init(type: String, uid: UUID, _ elements: KeyValuePairs<String, JSONValue?>) {
    self.type = type
    self.uid = uid
    self.elements = JSONValue.present(elements)
  }

  /// `urn:uuid:` and the uid in lower case, as FHIR's `uuid` type spells it.
  static func urn(_ uid: UUID) -> String {
    "urn:uuid:" + uid.uuidString.lowercased()
  }

  /// A reference to the resource recorded under `uid`, by its `fullUrl` in the bundle.
  static func reference(to uid: UUID) -> JSONValue {
    .fields(["reference": .string(urn(uid))])
  }

  /// The bundle entry: `fullUrl`, the resource, and a `POST` that creates it only when no resource
  /// with its identifier exists yet.
  var bundleEntry: JSONValue {
    let urn = Self.urn(uid)
    let identifier: JSONValue = .list([
      .fields(["system": .string(FHIRCode.uriSystem), "value": .string(urn)])
    ])
    let resource = [
      JSONValue.Member(key: "resourceType", value: .string(type)),
      JSONValue.Member(key: "identifier", value: identifier),
    ]
    return .fields([
      "fullUrl": .string(urn),
      "resource": .object(resource + elements),
      "request": .fields([
        "method": .string("POST"), "url": .string(type),
        "ifNoneExist": .string("identifier=\(FHIRCode.uriSystem)|\(urn)"),
      ]),
    ])
  }
}
