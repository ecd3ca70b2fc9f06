import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads a JSON file as import items, one entry object at a time: an export
/// (`{"format": "recovery-diary", "version": 1, "entries": [...]}`, keys in any order) or a bare
/// array of entry objects, as `list --format json` prints.
///
/// Only the current entry's object is held in memory; it is read with `JSONDecoder`, and the file
/// around it by a small scanner that skips values it does not need.
public struct JSONImportReader: IteratorProtocol, Sequence {
  /// The export format's name, in its `format` key.
  static let formatName = DiaryExport.formatName
  /// The newest export format version this build reads.
  static let supportedVersion = DiaryExport.version

  private let input: InputBytes
  private var state = State.start
  private var format: String?
  private var version: Int?
  private var sawEnvelope = false
  private var sawEntries = false

  private enum State {
    case start, envelope, entries, done
  }

  private struct Failure: Error {
    let line: Int
    let kind: ImportProblem.Kind
  }

  /// A reader of `input` from where it stands (after a UTF-8 byte order mark, which it skips).
  public init(input: InputBytes) {
    self.input = input
    input.skipByteOrderMark()
  }

  public mutating func next() -> ReadItem? {
    do {
      return try step()
    } catch let failure as Failure {
      state = .done
      return .problem(ImportProblem(line: failure.line, failure.kind))
    } catch {
      state = .done
      return nil
    }
  }

  private mutating func step() throws -> ReadItem? {
    while true {
      switch state {
      case .done:
        return nil
      case .start:
        skipSpace()
        let line = input.line
        switch input.next() {
        case nil: throw Failure(line: line, kind: .empty)
        case UInt8(ascii: "["): state = .entries
        case UInt8(ascii: "{"):
          sawEnvelope = true
          state = .envelope
        default:
          throw Failure(
            line: line, kind: .unexpectedJSON(expected: "an export object or an array of entries"))
        }
      case .envelope:
        if let item = try envelopeMember() { return item }
      case .entries:
        skipSpace()
        let line = input.line
        switch input.peek() {
        case UInt8(ascii: "]"):
          _ = input.next()
          state = sawEnvelope ? .envelope : .done
          if !sawEnvelope { try expectEnd() }
          continue
        case UInt8(ascii: ","):
          _ = input.next()
          continue
        case UInt8(ascii: "{"):
          let bytes = try captureValue()
          return entry(from: bytes, line: line)
        case nil:
          throw Failure(line: line, kind: .invalidJSON("the file ends inside the array of entries."))
        default:
          _ = try captureValue()
          return .problem(ImportProblem(line: line, .unexpectedJSON(expected: "an entry object")))
        }
      }
    }
  }

  /// Reads the export object's next member; returns a problem for its `format` or `version` when
  /// the object ends.
  private mutating func envelopeMember() throws -> ReadItem? {
    skipSpace()
    let line = input.line
    switch input.next() {
    case UInt8(ascii: ","):
      return nil
    case UInt8(ascii: "}"):
      state = .done
      try expectEnd()
      guard let format else {
        return .problem(
          ImportProblem(line: 1, .unexpectedJSON(expected: "a \"format\" key naming \(Self.formatName)")))
      }
      guard format == Self.formatName else { return .problem(ImportProblem(line: 1, .unknownFormat(format))) }
      guard let version else {
        return .problem(ImportProblem(line: 1, .unexpectedJSON(expected: "a \"version\" number")))
      }
      guard version <= Self.supportedVersion else {
        return .problem(ImportProblem(line: 1, .newerVersion(version, supported: Self.supportedVersion)))
      }
      if !sawEntries {
        return .problem(ImportProblem(line: 1, .unexpectedJSON(expected: "an \"entries\" array")))
      }
      return nil
    case UInt8(ascii: "\""):
      let key = try decode(String.self, from: [UInt8(ascii: "\"")] + captureString(), line: line)
      skipSpace()
      guard input.next() == UInt8(ascii: ":") else {
        throw Failure(line: input.line, kind: .invalidJSON("expected \":\" after the key \"\(key)\"."))
      }
      skipSpace()
      let valueLine = input.line
      switch key {
      case "entries":
        guard input.next() == UInt8(ascii: "[") else {
          throw Failure(
            line: valueLine, kind: .unexpectedJSON(expected: "an array of entries under \"entries\""))
        }
        sawEntries = true
        state = .entries
      case "format":
        guard let name = try? decode(String.self, from: captureValue(), line: valueLine) else {
          throw Failure(line: valueLine, kind: .unexpectedJSON(expected: "the format's name as text"))
        }
        format = name
      case "version":
        guard let number = try? decode(Int.self, from: captureValue(), line: valueLine) else {
          throw Failure(line: valueLine, kind: .unexpectedJSON(expected: "the version as a whole number"))
        }
        version = number
      default:
        _ = try captureValue()
      }
      return nil
    case nil:
      throw Failure(line: line, kind: .invalidJSON("the file ends inside the export object."))
    default:
      throw Failure(line: line, kind: .invalidJSON("expected a key in quotes."))
    }
  }

  /// The item for one entry object.
  private func entry(from bytes: [UInt8], line: Int) -> ReadItem {
    let object: [String: ImportedValue]
    do {
      object = try JSONDecoder().decode([String: ImportedValue].self, from: Data(bytes))
    } catch {
      return .problem(ImportProblem(line: line, .invalidJSON("the entry object cannot be read.")))
    }
    var fields: [EntryField: ImportedValue] = [:]
    for (key, value) in object {
      guard let field = EntryField(rawValue: key) else {
        return .problem(ImportProblem(line: line, .unknownField(key)))
      }
      fields[field] = value
    }
    do {
      return .entry(try ImportedEntry(fields: fields), line: line)
    } catch {
      return .problem(ImportProblem(line: line, .unreadable(error)))
    }
  }

  private func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], line: Int) throws -> T {
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch {
      throw Failure(line: line, kind: .invalidJSON("a value cannot be read."))
    }
  }

  private func skipSpace() {
    while let byte = input.peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      _ = input.next()
    }
  }

  /// Only space may follow the top-level value.
  private func expectEnd() throws {
    skipSpace()
    if input.peek() != nil {
      throw Failure(line: input.line, kind: .invalidJSON("there is more after the end of the JSON value."))
    }
  }

  /// The bytes of a string whose opening quote was taken, up to and with its closing quote.
  private func captureString() throws -> [UInt8] {
    var bytes: [UInt8] = []
    let line = input.line
    while let byte = input.next() {
      bytes.append(byte)
      if byte == UInt8(ascii: "\\") {
        guard let escaped = input.next() else { break }
        bytes.append(escaped)
      } else if byte == UInt8(ascii: "\"") {
        return bytes
      }
    }
    throw Failure(line: line, kind: .invalidJSON("a string does not end."))
  }

  /// The bytes of the next value: an object or array to its matching end, a string, or a number or
  /// literal up to the next delimiter.
  private func captureValue() throws -> [UInt8] {
    let line = input.line
    var bytes: [UInt8] = []
    var depth = 0
    while let byte = input.peek() {
      if depth == 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
        return bytes
      }
      _ = input.next()
      bytes.append(byte)
      switch byte {
      case UInt8(ascii: "\""):
        bytes += try captureString()
        if depth == 0 { return bytes }
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return bytes }
      default:
        break
      }
    }
    if depth == 0, !bytes.isEmpty { return bytes }
    throw Failure(line: line, kind: .invalidJSON("the file ends inside a value."))
  }
}
