#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One resource of the export, with the uid that names it everywhere: its `identifier`, its bundle
/// entry's `fullUrl` and the conditional update that writes it on a server.
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

  /// Puts the extensions in `list` (an array) first among the resource's extensions.
  mutating func prepend(extensions list: JSONValue) {
    if let index = elements.firstIndex(where: { $0.key == "extension" }),
      case .array(let existing) = elements[index].value, case .array(let added) = list
    {
      elements[index].value = .array(added + existing)
    } else {
      elements.insert(JSONValue.Member(key: "extension", value: list), at: 0)
    }
  }

  /// `urn:uuid:` and the uid in lower case, as FHIR's `uuid` type spells it.
  static func urn(_ uid: UUID) -> String {
    "urn:uuid:" + uid.lowercaseText
  }

  /// The `identifier`: `urn:uuid:<uid>` in the URI system; one, not a list, for a
  /// `QuestionnaireResponse`, and none for a `Provenance`, which has no such element (its tag names it).
  private func identifier(urn: String) -> JSONValue? {
    let one: JSONValue = .fields(["system": .string(FHIRCode.uriSystem), "value": .string(urn)])
    switch type {
    case "Provenance": return nil
    case "QuestionnaireResponse": return one
    default: return .list([one])
    }
  }

  /// The head of the resource: its type, and its identifier when it has one.
  private func head(urn: String) -> [JSONValue.Member] {
    [JSONValue.Member(key: "resourceType", value: .string(type))]
      + (identifier(urn: urn).map { [JSONValue.Member(key: "identifier", value: $0)] } ?? [])
  }

  /// The search a conditional update finds the resource by: its identifier, or for a `Provenance` its
  /// tag.
  private func search(urn: String) -> String {
    type == "Provenance"
      ? "_tag=" + FHIRCode.provenanceTagSystem + "|" + urn.dropFirst(9)
      : "identifier=" + FHIRCode.uriSystem + "|" + urn
  }

  /// The resource alone, as an NDJSON line holds it: with `id` the uid, so that the `Type/id`
  /// references between the files of one export resolve.
  var standalone: JSONValue {
    var members = head(urn: Self.urn(uid))
    members.insert(JSONValue.Member(key: "id", value: .string(uid.lowercaseText)), at: 1)
    return .object(members + elements)
  }

  /// The bundle entry: `fullUrl`, the resource, and a conditional update (`PUT Type?identifier=...`)
  /// that creates the resource when the server has none with its identifier and replaces it when it
  /// has one.
  var bundleEntry: JSONValue {
    let urn = Self.urn(uid)
    return .fields([
      "fullUrl": .string(urn),
      "resource": .object(head(urn: urn) + elements),
      "request": .fields(["method": .string("PUT"), "url": .string(type + "?" + search(urn: urn))]),
    ])
  }
}
