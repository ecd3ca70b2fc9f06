import Foundation
import RecoveryTestSupport

/// A written bundle read back with `JSONSerialization`, for tests of what it holds.
struct BundleJSON {
  /// The whole document.
  let document: [String: Any]
  /// The bundle's entries, in order.
  let entries: [[String: Any]]

  /// Parses `text`; fails the test when it is not one JSON object.
  init(_ text: String) throws {
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let document = parsed as? [String: Any] else { throw TestFailure("the bundle is not an object") }
    self.document = document
    entries = document["entry"] as? [[String: Any]] ?? []
  }

  /// Every entry's resource.
  var resources: [[String: Any]] { entries.compactMap { $0["resource"] as? [String: Any] } }

  /// The resources of one type.
  func resources(ofType type: String) -> [[String: Any]] {
    resources.filter { $0["resourceType"] as? String == type }
  }

  /// The resource recorded under `uid`.
  func resource(_ uid: UUID) throws -> [String: Any] {
    let urn = "urn:uuid:" + uid.uuidString.lowercased()
    guard let entry = entries.first(where: { $0["fullUrl"] as? String == urn }),
      let resource = entry["resource"] as? [String: Any]
    else { throw TestFailure("no resource \(urn) in the bundle") }
    return resource
  }

  /// Every `reference` anywhere in the resources.
  var references: [String] {
    func collect(_ value: Any, into found: inout [String]) {
      if let object = value as? [String: Any] {
        for (key, element) in object {
          if key == "reference", let text = element as? String {
            found.append(text)
          } else {
            collect(element, into: &found)
          }
        }
      } else if let array = value as? [Any] {
        for element in array { collect(element, into: &found) }
      }
    }
    var found: [String] = []
    collect(resources, into: &found)
    return found
  }
}

/// Reads nested JSON values by path in tests: `value(resource, "code", "coding", 0, "code")`.
func value(_ root: Any?, _ path: Any...) -> Any? {
  var current = root
  for step in path {
    if let key = step as? String {
      current = (current as? [String: Any])?[key]
    } else if let index = step as? Int {
      guard let array = current as? [Any], array.indices.contains(index) else { return nil }
      current = array[index]
    }
  }
  return current
}
