import RecoveryModel
import RecoveryStore

/// Reads a CSV file (RFC 4180, with CRLF or LF line ends and an optional UTF-8 byte order mark) as
/// import items: a header row naming entry fields (``EntryField``, in any order and case), then one
/// entry per row, an empty cell meaning the field is not given.
struct CSVImportReader: IteratorProtocol, Sequence {
  private let input: InputBytes
  /// The field of each column; nil until the header is read.
  private var columns: [EntryField]?
  private var finished = false
  /// The current record's cells, one after another, and where each ends: reused from row to row.
  private var bytes: [UInt8] = []
  private var ends: [Int] = []

  init(input: InputBytes) {
    self.input = input
    input.skipByteOrderMark()
  }

  mutating func next() -> ImportItem? {
    while !finished {
      let line = input.line
      switch readRecord() {
      case .none:
        finished = true
        if columns == nil { return .problem(ImportProblem(line: line, .empty)) }
        return nil
      case .some(.failure(let kind)):
        finished = true
        return .problem(ImportProblem(line: line, kind))
      case .some(.success):
        break
      }
      if ends == [0] { continue }
      var texts: [String] = []
      texts.reserveCapacity(ends.count)
      var start = 0
      for end in ends {
        defer { start = end }
        guard let text = String(validating: bytes[start..<end], as: UTF8.self), !input.sawNUL else {
          finished = true
          return .problem(ImportProblem(line: line, .notText))
        }
        texts.append(text)
      }
      guard let columns else {
        switch Self.header(texts) {
        case .success(let fields): columns = fields
        case .failure(let kind):
          finished = true
          return .problem(ImportProblem(line: line, kind))
        }
        continue
      }
      guard texts.count <= columns.count else {
        return .problem(ImportProblem(line: line, .tooManyCells(found: texts.count, columns: columns.count)))
      }
      do {
        return .entry(try ImportedEntry(cells: texts, columns: columns), line: line)
      } catch {
        return .problem(ImportProblem(line: line, .unreadable(error)))
      }
    }
    return nil
  }

  /// The header's fields: names of ``EntryField`` in any case, spaces around them ignored.
  static func header(_ names: [String]) -> Result<[EntryField], ImportProblem.Kind> {
    var fields: [EntryField] = []
    for name in names {
      let trimmed = String(name.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
      guard let field = EntryField.named(trimmed) else { return .failure(.unknownField(trimmed)) }
      if fields.contains(field) { return .failure(.repeatedField(field)) }
      fields.append(field)
    }
    return .success(fields)
  }

  /// Reads the next record's cells into ``bytes`` and ``ends``; nil at the end of the file.
  private mutating func readRecord() -> Result<Void, ImportProblem.Kind>? {
    guard input.peek() != nil else { return nil }
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    while true {
      guard let byte = input.next() else {
        ends.append(bytes.count)
        return .success(())
      }
      switch byte {
      case UInt8(ascii: "\""):
        // A quoted field: to the closing quote, a doubled quote standing for one.
        while true {
          guard let inner = input.next() else { return .failure(.unterminatedQuote) }
          if inner == UInt8(ascii: "\"") {
            if input.peek() == UInt8(ascii: "\"") {
              _ = input.next()
              bytes.append(inner)
            } else {
              break
            }
          } else {
            bytes.append(inner)
          }
        }
      case UInt8(ascii: ","):
        ends.append(bytes.count)
      case 0x0D:
        if input.peek() == 0x0A { _ = input.next() }
        ends.append(bytes.count)
        return .success(())
      case 0x0A:
        ends.append(bytes.count)
        return .success(())
      default:
        bytes.append(byte)
      }
    }
  }
}

extension EntryField {
  /// The field whose key is `name`, ignoring case.
  static func named(_ name: String) -> EntryField? {
    EntryField(rawValue: name) ?? allCases.first { $0.rawValue.lowercased() == name.lowercased() }
  }
}
