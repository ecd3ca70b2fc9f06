import RecoveryFHIR
import RecoveryStore

/// A FHIR bundle's entries as import items, read by ``FHIRBundleReader``; its problems become import
/// problems, worded at the edge like the other readers'.
struct FHIRImportItems: IteratorProtocol, Sequence {
  /// The bytes of an ``InputBytes``, one at a time.
  struct Bytes: IteratorProtocol {
    let input: InputBytes
    mutating func next() -> UInt8? { input.next() }
  }

  private var reader: FHIRBundleReader<Bytes>

  init(input: InputBytes) {
    reader = FHIRBundleReader(bytes: Bytes(input: input))
  }

  mutating func next() -> ImportItem? {
    switch reader.next() {
    case nil: nil
    case .entry(let entry, let line): .entry(entry, line: line)
    case .problem(let problem, let line): .problem(ImportProblem(line: line, Self.kind(problem)))
    }
  }

  static func kind(_ problem: FHIRImportProblem) -> ImportProblem.Kind {
    switch problem {
    case .notABundle: .unexpectedJSON(expected: "a FHIR Bundle (\"resourceType\": \"Bundle\")")
    case .invalidJSON: .invalidJSON("a bundle entry cannot be read.")
    case .foreignResource(let type):
      .unexpectedJSON(
        expected: "a bundle that recovery exported, whose resources carry their diary entries; this \(type)"
          + " carries none, and other FHIR content cannot be imported")
    case .unknownPatient: .unexpectedJSON(expected: "the entry's Patient earlier in the bundle")
    case .unreadable(let error): .unreadable(error)
    }
  }

  /// Whether a JSON file holds FHIR: its object's first key is `resourceType`, as FHIR JSON writes it.
  static func isFHIR(_ input: InputBytes) -> Bool {
    input.skipByteOrderMark()
    func skipSpace() {
      while let byte = input.peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        _ = input.next()
      }
    }
    skipSpace()
    guard input.next() == UInt8(ascii: "{") else { return false }
    skipSpace()
    return Array("\"resourceType\"".utf8).allSatisfy { input.next() == $0 }
  }
}
