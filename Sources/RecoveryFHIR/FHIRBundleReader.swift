import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads back a FHIR Bundle that ``FHIRBundleWriter`` wrote, as the entries it records: the same
/// `ImportedEntry` values the diary's CSV and JSON readers give, one bundle entry at a time.
///
/// Each entry's own resource carries the entry's fields in the diary-entry extension
/// (`http://recovery.example.org/fhir/StructureDefinition/diary-entry`); the uid is the resource's
/// `fullUrl`, the patient the name of the `Patient` it refers to, and a resource `entered-in-error`
/// is a removed entry. The `Patient`s, the program's `Device`, the `Questionnaire`s, the responses,
/// the aid `Device`s, the hips' `BodyStructure`s and the `Provenance`s carry nothing more and are
/// passed over. Any other
/// resource, one without the extension, is FHIR this diary cannot represent: the reader gives a
/// problem for it and stops.
///
/// Only the current bundle entry is held in memory, with the names of the patients read so far.
public struct FHIRBundleReader<Bytes: IteratorProtocol<UInt8>>: IteratorProtocol, Sequence {
  /// One thing read: an entry, with the line its bundle entry starts on, or a problem.
  public enum Item: Sendable, Equatable {
    /// An entry read from the bundle entry starting on `line`.
    case entry(ImportedEntry, line: Int)
    /// What kept the bundle, or one of its entries, from being read.
    case problem(FHIRImportProblem, line: Int)
  }

  private var bytes: Bytes
  private var lookahead: UInt8?
  private var line = 1
  private var state = State.start
  private var patients: [String: String] = [:]

  private enum State {
    case start, envelope, entries, done
  }

  private struct Failure: Error {
    let problem: FHIRImportProblem
    let line: Int
  }

  /// A reader of the bundle in `bytes`.
  public init(bytes: Bytes) {
    self.bytes = bytes
    lookahead = self.bytes.next()
    if lookahead == 0xEF {
      // A UTF-8 byte order mark.
      _ = take()
      if peek() == 0xBB { _ = take() }
      if peek() == 0xBF { _ = take() }
    }
  }

  public mutating func next() -> Item? {
    do {
      return try step()
    } catch let failure as Failure {
      state = .done
      return .problem(failure.problem, line: failure.line)
    } catch {
      state = .done
      return nil
    }
  }

  private mutating func step() throws -> Item? {
    while true {
      switch state {
      case .done:
        return nil
      case .start:
        skipSpace()
        guard take() == UInt8(ascii: "{") else { throw Failure(problem: .notABundle, line: line) }
        state = .envelope
      case .envelope:
        skipSpace()
        switch take() {
        case UInt8(ascii: ","): continue
        case UInt8(ascii: "}"):
          state = .done
          return nil
        case UInt8(ascii: "\""):
          let keyLine = line
          let key = try decode(String.self, [UInt8(ascii: "\"")] + captureString(), line: keyLine)
          skipSpace()
          guard take() == UInt8(ascii: ":") else { throw Failure(problem: .invalidJSON, line: line) }
          skipSpace()
          let valueLine = line
          switch key {
          case "entry":
            guard take() == UInt8(ascii: "[") else { throw Failure(problem: .notABundle, line: valueLine) }
            state = .entries
          case "resourceType":
            let type = try? decode(String.self, captureValue(), line: valueLine)
            guard type == "Bundle" else { throw Failure(problem: .notABundle, line: valueLine) }
          default:
            _ = try captureValue()
          }
        default:
          throw Failure(problem: .invalidJSON, line: line)
        }
      case .entries:
        skipSpace()
        let entryLine = line
        switch peek() {
        case UInt8(ascii: "]"):
          _ = take()
          state = .envelope
        case UInt8(ascii: ","):
          _ = take()
        case nil:
          throw Failure(problem: .invalidJSON, line: entryLine)
        default:
          let captured = try captureValue()
          if let item = try entry(captured, line: entryLine) { return item }
        }
      }
    }
  }

  /// The item of one bundle entry, or nil for a resource that carries no entry of its own.
  private mutating func entry(_ captured: [UInt8], line: Int) throws -> Item? {
    let entry = try decode(BundleEntry.self, captured, line: line)
    guard let resource = entry.resource else { throw Failure(problem: .invalidJSON, line: line) }
    // Every entry recovery writes has its full URL: one without is another program's.
    guard let fullUrl = entry.fullUrl else {
      throw Failure(problem: .foreignResource(type: resource.resourceType), line: line)
    }
    if resource.resourceType == "Patient" {
      patients[fullUrl] = resource.name?.first?.text
      return nil
    }
    guard
      let content = resource.extension?.first(where: { $0.url == FHIRCode.diaryEntryExtension })?.valueString
    else {
      if ["Device", "Questionnaire", "QuestionnaireResponse", "Provenance", "BodyStructure"].contains(
        resource.resourceType)
      {
        return nil
      }
      throw Failure(problem: .foreignResource(type: resource.resourceType), line: line)
    }
    guard let reference = (resource.subject ?? resource.patient)?.reference, let patient = patients[reference]
    else { throw Failure(problem: .unknownPatient, line: line) }
    let object = try decode([String: ImportedValue].self, Array(content.utf8), line: line)
    var fields: [EntryField: ImportedValue] = [:]
    for (key, value) in object {
      guard let field = EntryField(rawValue: key) else { throw Failure(problem: .invalidJSON, line: line) }
      fields[field] = value
    }
    fields[.uid] = .text(String(fullUrl.dropFirst("urn:uuid:".count)))
    do {
      var imported = try ImportedEntry(fields: fields)
      imported.patient = patient
      imported.removed = (resource.status ?? resource.lifecycleStatus) == "entered-in-error"
      return .entry(imported, line: line)
    } catch {
      return .problem(.unreadable(error), line: line)
    }
  }

  private func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], line: Int) throws -> T {
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch {
      throw Failure(problem: .invalidJSON, line: line)
    }
  }

  private func peek() -> UInt8? { lookahead }

  private mutating func take() -> UInt8? {
    let byte = lookahead
    lookahead = bytes.next()
    if byte == 0x0A { line += 1 }
    return byte
  }

  private mutating func skipSpace() {
    while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { _ = take() }
  }

  /// The bytes of a string whose opening quote was taken, up to and with its closing quote.
  private mutating func captureString() throws -> [UInt8] {
    var captured: [UInt8] = []
    let start = line
    while let byte = take() {
      captured.append(byte)
      if byte == UInt8(ascii: "\\") {
        guard let escaped = take() else { break }
        captured.append(escaped)
      } else if byte == UInt8(ascii: "\"") {
        return captured
      }
    }
    throw Failure(problem: .invalidJSON, line: start)
  }

  /// The bytes of the next value: an object or array to its matching end, a string, or a number or
  /// literal up to the next delimiter.
  private mutating func captureValue() throws -> [UInt8] {
    let start = line
    var captured: [UInt8] = []
    var depth = 0
    while let byte = peek() {
      if depth == 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
        return captured
      }
      _ = take()
      captured.append(byte)
      switch byte {
      case UInt8(ascii: "\""):
        captured += try captureString()
        if depth == 0 { return captured }
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return captured }
      default: break
      }
    }
    if depth == 0, !captured.isEmpty { return captured }
    throw Failure(problem: .invalidJSON, line: start)
  }
}

/// The parts of a bundle entry the reader looks at.
private struct BundleEntry: Decodable {
  struct Resource: Decodable {
    struct Extension: Decodable {
      var url: String
      var valueString: String?
    }
    struct Reference: Decodable {
      var reference: String?
    }
    struct Name: Decodable {
      var text: String?
    }
    var resourceType: String
    var status: String?
    var lifecycleStatus: String?
    var `extension`: [Extension]?
    var subject: Reference?
    var patient: Reference?
    /// A `Patient`'s names; other resources' `name` (a questionnaire's is text) is not read.
    var name: [Name]?

    enum CodingKeys: String, CodingKey {
      case resourceType, status, lifecycleStatus, `extension`, subject, patient, name
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      resourceType = try container.decode(String.self, forKey: .resourceType)
      status = try? container.decodeIfPresent(String.self, forKey: .status)
      lifecycleStatus = try? container.decodeIfPresent(String.self, forKey: .lifecycleStatus)
      `extension` = try container.decodeIfPresent([Extension].self, forKey: .extension)
      subject = try? container.decodeIfPresent(Reference.self, forKey: .subject)
      patient = try? container.decodeIfPresent(Reference.self, forKey: .patient)
      name = resourceType == "Patient" ? try container.decodeIfPresent([Name].self, forKey: .name) : nil
    }
  }
  var fullUrl: String?
  var resource: Resource?
}
