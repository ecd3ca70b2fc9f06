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

  init(input: InputBytes) {
    self.input = input
    input.skipByteOrderMark()
  }

  mutating func next() -> ImportItem? {
    while !finished {
      let line = input.line
      let record: [[UInt8]]
      switch readRecord() {
      case .none:
        finished = true
        if columns == nil { return .problem(ImportProblem(line: line, .empty)) }
        return nil
      case .some(.failure(let kind)):
        finished = true
        return .problem(ImportProblem(line: line, kind))
      case .some(.success(let cells)):
        record = cells
      }
      if record.count == 1, record[0].isEmpty { continue }
      var texts: [String] = []
      texts.reserveCapacity(record.count)
      for cell in record {
        guard let text = String(validating: cell, as: UTF8.self), !input.sawNUL else {
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
      var fields: [EntryField: ImportedValue] = [:]
      fields.reserveCapacity(texts.count)
      for (field, text) in zip(columns, texts) where !text.isEmpty {
        fields[field] = .text(text)
      }
      do {
        return .entry(try ImportedEntry(fields: fields), line: line)
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

  /// The next record's cells as bytes; nil at the end of the file.
  private mutating func readRecord() -> Result<[[UInt8]], ImportProblem.Kind>? {
    guard input.peek() != nil else { return nil }
    var cells: [[UInt8]] = []
    var cell: [UInt8] = []
    while true {
      guard let byte = input.next() else {
        cells.append(cell)
        return .success(cells)
      }
      switch byte {
      case UInt8(ascii: "\""):
        // A quoted field: to the closing quote, a doubled quote standing for one.
        while true {
          guard let inner = input.next() else { return .failure(.unterminatedQuote) }
          if inner == UInt8(ascii: "\"") {
            if input.peek() == UInt8(ascii: "\"") {
              _ = input.next()
              cell.append(inner)
            } else {
              break
            }
          } else {
            cell.append(inner)
          }
        }
      case UInt8(ascii: ","):
        cells.append(cell)
        cell.removeAll(keepingCapacity: true)
      case 0x0D:
        if input.peek() == 0x0A { _ = input.next() }
        cells.append(cell)
        return .success(cells)
      case 0x0A:
        cells.append(cell)
        return .success(cells)
      default:
        cell.append(byte)
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
