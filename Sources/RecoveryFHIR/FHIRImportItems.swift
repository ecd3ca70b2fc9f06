import RecoveryExchange
import RecoveryStore

/// A FHIR bundle's entries as the exchange module's read items, read by ``FHIRBundleReader``; its
/// problems become import problems, worded at the edge like the other readers'.
public struct FHIRImportItems: IteratorProtocol, Sequence {
  /// The bytes of an `InputBytes`, one at a time.
  public struct Bytes: IteratorProtocol {
    let input: InputBytes
    public mutating func next() -> UInt8? { input.next() }
  }

  private var reader: FHIRBundleReader<Bytes>

  /// Reads the bundle in `input`.
  public init(input: InputBytes) {
    reader = FHIRBundleReader(bytes: Bytes(input: input))
  }

  public mutating func next() -> ReadItem? {
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

  /// Whether the JSON file at `path` holds FHIR: its object's first key is `resourceType`, as FHIR
  /// JSON writes it.
  public static func isFHIR(path: String) throws -> Bool {
    let input = try InputBytes(path: path)
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

extension RecoveryStore {
  /// Imports a FHIR bundle that `recovery` exported, all of its entries or none, in one transaction:
  /// each resource that carries a diary entry gives it back as it was.
  ///
  /// - Returns: the counts and the problems; nothing is written when there is any problem (another
  ///   program's FHIR content, which carries no diary entries, is one).
  public func importFHIRBundle(
    at path: String, options: ImportOptions = ImportOptions()
  ) throws -> ImportReport {
    try importFile(at: path, options: options) { FHIRImportItems(input: $0) }
  }
}
