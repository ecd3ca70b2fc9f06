import RecoveryModel
import RecoveryStore

/// Reads a CSV file (RFC 4180, with CRLF or LF line ends and an optional UTF-8 byte order mark) as
/// import items: a header row naming entry fields (`EntryField`, in any order and case), then one
/// entry per row, an empty cell meaning the field is not given.
///
/// It takes what spreadsheet programs write: cells separated by commas, semicolons or tabs (whichever
/// the header row uses), spaces around cells, a trailing empty column, and rows of separators only,
/// which are skipped and counted in ``skippedRows``.
public struct CSVImportReader: IteratorProtocol, Sequence {
  private let input: InputBytes
  /// The field of each column; nil until the header is read.
  private var columns: [EntryField]? {
    didSet { layout = columns.map(CSVColumns.init) }
  }
  /// ``columns`` with the column of each field.
  private var layout: CSVColumns?
  private var finished = false
  /// The current record: reused from row to row.
  private var record = CSVRecord()
  /// The separator between cells, read from the header row.
  private let separator: UInt8
  /// The bytes that end a run of a cell's bytes outside quotes: a quote, the separator, line ends.
  private let plainStops: InputBytes.StopBytes
  /// The bytes that end a run of a cell's bytes inside quotes: a quote.
  private let quotedStops = InputBytes.StopBytes(UInt8(ascii: "\""))
  /// Rows of empty cells only, skipped.
  public let skippedRows = Counter()
  /// Problems waiting to be handed out, after a header with several.
  private var pending: [ImportProblem] = []
  /// Whether the header was refused: the rows are then counted, not read.
  private var headerRefused = false
  /// The order of dates not written `YYYY-MM-DD`: given, or found in the file when first needed.
  private var dateOrder: DateOrder?
  /// Opens the file again, to look for the order of its dates; nil once it has been looked for.
  private var reopen: (() throws -> InputBytes)?

  /// A count shared with the caller, which reads it after the items.
  public final class Counter {
    /// The count so far.
    public internal(set) var value = 0
  }

  /// A reader of `input` from where it stands (after a UTF-8 byte order mark, which it skips).
  /// - Parameters:
  ///   - input: the file.
  ///   - dateOrder: the order of dates written as `01/11/2024`; nil to find it in the file.
  ///   - reopen: opens the file again from its start, to find the order of its dates.
  public init(input: InputBytes, dateOrder: DateOrder? = nil, reopen: (() throws -> InputBytes)? = nil) {
    self.input = input
    self.dateOrder = dateOrder
    self.reopen = dateOrder == nil ? reopen : nil
    input.skipByteOrderMark()
    separator = Self.separator(inHeader: input.bufferedStart())
    plainStops = InputBytes.StopBytes(UInt8(ascii: "\""), 0x0D, separator)
  }

  /// The separator the header row uses most, outside quotes: a comma, a semicolon or a tab.
  static func separator(inHeader bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
    var quoted = false
    for byte in bytes {
      if byte == 0x0A || byte == 0x0D, !quoted { break }
      if byte == UInt8(ascii: "\"") { quoted.toggle() }
      if !quoted, counts[byte] != nil { counts[byte]! += 1 }
    }
    let best = counts.max {
      ($0.value, $0.key == UInt8(ascii: ",") ? 1 : 0) < ($1.value, $1.key == UInt8(ascii: ",") ? 1 : 0)
    }
    return best.map { $0.value > 0 ? $0.key : UInt8(ascii: ",") } ?? UInt8(ascii: ",")
  }

  public mutating func next() -> ReadItem? {
    if !pending.isEmpty { return .problem(pending.removeFirst()) }
    while !finished {
      let line = input.line
      switch readRecord() {
      case .none:
        finished = true
        if columns == nil, !headerRefused { return .problem(ImportProblem(line: line, .empty)) }
        return nil
      case .some(.failure(let kind)):
        finished = true
        return .problem(ImportProblem(line: line, kind))
      case .some(.success):
        break
      }
      if record.isBlank { continue }
      if let columns {
        record.trimSpaces { $0 < columns.count && columns[$0].isFreeText }
      } else {
        record.trimSpaces()
      }
      if record.isEmptyCells {
        skippedRows.value += 1
        continue
      }
      record.removeFormulaGuards()
      guard record.isUTF8, !input.sawNUL else {
        finished = true
        return .problem(ImportProblem(line: line, input.sawNUL ? .notText : .notUTF8))
      }
      if headerRefused { return .unreadRow(line: line) }
      guard let columns else {
        switch Self.header(record.texts ?? []) {
        case .success(let fields): columns = fields
        case .failure(let kinds):
          headerRefused = true
          pending = kinds.dropFirst().map { ImportProblem(line: line, $0) }
          return .problem(ImportProblem(line: line, kinds[0]))
        }
        continue
      }
      while record.count > columns.count, record.range(of: record.count - 1).isEmpty {
        record.removeLastCell()
      }
      guard record.count <= columns.count else {
        return .problem(ImportProblem(line: line, .tooManyCells(found: record.count, columns: columns.count)))
      }
      let rowColumns: CSVColumns
      if needsDateReading(layout!) {
        switch readDates(columns) {
        case .success(let read): rowColumns = CSVColumns(read)
        case .failure(let kind): return .problem(ImportProblem(line: line, kind))
        }
      } else {
        rowColumns = layout!
      }
      do {
        return .entry(try ImportedEntry(record: record, columns: rowColumns), line: line)
      } catch {
        return .problem(ImportProblem(line: line, .unreadable(error)))
      }
    }
    return nil
  }

  /// Whether a date cell of the record is written other than `YYYY-MM-DD`.
  private func needsDateReading(_ layout: CSVColumns) -> Bool {
    record.storage.withUnsafeBufferPointer { bytes in
      layout.dayColumns.contains { column in
        guard column < record.count else { return false }
        let range = record.range(of: column)
        return !range.isEmpty && !SpreadsheetDate.isISO(UnsafeBufferPointer(rebasing: bytes[range]))
      }
    }
  }

  /// Rewrites the record's dates as `YYYY-MM-DD`, and a time written after the date into the time
  /// cell (adding a time column for this row when the file has none); returns the row's columns, or
  /// the problem of a date whose order cannot be told.
  private mutating func readDates(_ columns: [EntryField]) -> Result<[EntryField], ImportProblem.Kind> {
    guard var cells = record.texts else { return .success(columns) }
    var columns = columns
    for index in cells.indices where index < columns.count {
      let field = columns[index]
      guard field == .date || field == .from || field == .to, !cells[index].isEmpty,
        !SpreadsheetDate.isISO(cells[index].utf8), let date = SpreadsheetDate(cells[index])
      else { continue }
      var order = dateOrder ?? date.evidence
      if order == nil, date.isAmbiguous {
        order = findDateOrder()
        guard order != nil else { return .failure(.ambiguousDate(cells[index])) }
      }
      guard let iso = date.iso(order ?? .dmy) else { continue }
      cells[index] = iso
      if field == .date, let time = date.time {
        if let timeIndex = columns.firstIndex(of: .time) {
          while cells.count <= timeIndex { cells.append("") }
          if cells[timeIndex].isEmpty { cells[timeIndex] = time }
        } else {
          while cells.count < columns.count { cells.append("") }
          columns.append(.time)
          cells.append(time)
        }
      }
    }
    record = CSVRecord(cells: cells)
    return .success(columns)
  }

  /// The order of the file's dates, read from every date that shows one, once; nil when none does
  /// or they disagree.
  private mutating func findDateOrder() -> DateOrder? {
    guard let reopen else { return dateOrder }
    self.reopen = nil
    guard let input = try? reopen() else { return nil }
    var scan = CSVImportReader(input: input, dateOrder: .ymd)
    var seen: Set<DateOrder> = []
    var columns: [EntryField]?
    while case .success? = scan.readRecord() {
      guard let cells = scan.record.texts, !scan.record.isBlank else { continue }
      guard let known = columns else {
        if case .success(let fields) = Self.header(cells) { columns = fields } else { return nil }
        continue
      }
      for (cell, field) in zip(cells, known) where field == .date || field == .from || field == .to {
        let trimmed = String(cell.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if let order = SpreadsheetDate(trimmed)?.evidence, order != .ymd { seen.insert(order) }
      }
    }
    dateOrder = seen.count == 1 ? seen.first : nil
    return dateOrder
  }

  /// The header's fields: names of `EntryField` in any case, spaces around them ignored, empty
  /// names at the end (a trailing separator) left out; or every problem of the header.
  static func header(_ names: [String]) -> Result<[EntryField], Problems> {
    var names = names.map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
    while names.count > 1, names.last?.isEmpty == true { names.removeLast() }
    var fields: [EntryField] = []
    var problems: [ImportProblem.Kind] = []
    for name in names {
      guard let field = EntryField.named(name) else {
        problems.append(.unknownField(name))
        continue
      }
      if fields.contains(field) {
        if !problems.contains(.repeatedField(field)) { problems.append(.repeatedField(field)) }
        continue
      }
      fields.append(field)
    }
    return problems.isEmpty ? .success(fields) : .failure(Problems(kinds: problems))
  }

  /// The problems of a header, at least one.
  struct Problems: Error, RandomAccessCollection {
    let kinds: [ImportProblem.Kind]
    var startIndex: Int { kinds.startIndex }
    var endIndex: Int { kinds.endIndex }
    subscript(position: Int) -> ImportProblem.Kind { kinds[position] }
  }

  /// Reads the next record's cells into ``record``; nil at the end of the file.
  ///
  /// Runs of bytes that are only copied are taken in bulk; quotes, separators, line ends and NULs
  /// one by one.
  private mutating func readRecord() -> Result<Void, ImportProblem.Kind>? {
    guard input.peek() != nil else { return nil }
    record.removeAll()
    while true {
      input.take(until: plainStops) { record.append(contentsOf: $0) }
      guard let byte = input.next() else {
        record.endCell()
        return .success(())
      }
      switch byte {
      case UInt8(ascii: "\""):
        // A quoted field: to the closing quote, a doubled quote standing for one.
        while true {
          input.take(until: quotedStops) { record.append(contentsOf: $0) }
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
      case separator:
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
}

extension EntryField {
  /// The field whose key is `name`, ignoring case.
  /// `total` is the `score` column, as a questionnaire's total is its score.
  static func named(_ name: String) -> EntryField? {
    if name.lowercased() == "total" { return .score }
    return EntryField(rawValue: name) ?? allCases.first { $0.rawValue.lowercased() == name.lowercased() }
  }
}
