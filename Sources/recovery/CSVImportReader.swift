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
  /// The current record: reused from row to row.
  private var record = CSVRecord()

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
      if record.isBlank { continue }
      record.removeFormulaGuards()
      guard record.isUTF8, !input.sawNUL else {
        finished = true
        return .problem(ImportProblem(line: line, .notText))
      }
      guard let columns else {
        switch Self.header(record.texts ?? []) {
        case .success(let fields): columns = fields
        case .failure(let kind):
          finished = true
          return .problem(ImportProblem(line: line, kind))
        }
        continue
      }
      guard record.count <= columns.count else {
        return .problem(ImportProblem(line: line, .tooManyCells(found: record.count, columns: columns.count)))
      }
      do {
        return .entry(try ImportedEntry(record: record, columns: columns), line: line)
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

  /// Reads the next record's cells into ``record``; nil at the end of the file.
  ///
  /// Runs of bytes that are only copied are taken in bulk; quotes, separators, line ends and NULs
  /// one by one.
  private mutating func readRecord() -> Result<Void, ImportProblem.Kind>? {
    guard input.peek() != nil else { return nil }
    record.removeAll()
    while true {
      input.take(while: Self.isPlain) { record.append(contentsOf: $0) }
      guard let byte = input.next() else {
        record.endCell()
        return .success(())
      }
      switch byte {
      case UInt8(ascii: "\""):
        // A quoted field: to the closing quote, a doubled quote standing for one.
        while true {
          input.take(while: { $0 != UInt8(ascii: "\"") }) { record.append(contentsOf: $0) }
          guard let inner = input.next() else { return .failure(.unterminatedQuote) }
          if inner == UInt8(ascii: "\"") {
            if input.peek() == UInt8(ascii: "\"") {
              _ = input.next()
              record.append(inner)
            } else {
              break
            }
          } else {
            record.append(inner)
          }
        }
      case UInt8(ascii: ","):
        record.endCell()
      case 0x0D:
        if input.peek() == 0x0A { _ = input.next() }
        record.endCell()
        return .success(())
      case 0x0A:
        record.endCell()
        return .success(())
      default:
        record.append(byte)
      }
    }
  }

  /// Whether `byte` is copied into a cell as it is outside quotes: not a quote, comma or line end.
  @inline(__always)
  private static func isPlain(_ byte: UInt8) -> Bool {
    byte > UInt8(ascii: ",")
      || (byte != UInt8(ascii: "\"") && byte != UInt8(ascii: ",") && byte != 0x0D && byte != 0x0A)
  }
}

extension EntryField {
  /// The field whose key is `name`, ignoring case.
  static func named(_ name: String) -> EntryField? {
    EntryField(rawValue: name) ?? allCases.first { $0.rawValue.lowercased() == name.lowercased() }
  }
}
