import RecoveryModel

/// The `list --format csv` columns, header first, one entry per record: RFC 4180, records ended by
/// CRLF, a field quoted when it holds a comma, a quote or a line break, an absent field empty, and
/// free text that would start a spreadsheet formula written after an apostrophe (`FormulaGuard`),
/// which an import takes off.
///
/// The records are written from `EntryCells` rather than through each entry's JSON, which would
/// cost more than reading the entry from the database.
public struct CSVExportWriter: ExportWriter {
  /// The columns' positions in ``EntryCells/fields``.
  private let positions: [Int]
  private var cells = EntryCells()

  /// - Parameter marking: add the `removed` column, for an export that includes removed entries.
  public init(marking: Bool) {
    let columns = EntryExport.csvColumns(marking: marking)
    positions = columns.map { column in EntryCells.fields.firstIndex(of: column)! }
  }

  public func begin(to output: BufferedOutput) throws {
    for (index, position) in positions.enumerated() {
      if index > 0 { try output.write(byte: UInt8(ascii: ",")) }
      try output.write(EntryCells.fields[position].rawValue)
    }
    try output.write("\r\n")
  }

  public func start(_ patient: Patient, to output: BufferedOutput) throws {}

  public mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput
  ) throws {
    cells.fill(entry, patient: patient.name, removed: removed)
    for (index, position) in positions.enumerated() {
      if index > 0 { try output.write(byte: UInt8(ascii: ",")) }
      guard let cell = cells[position: position] else { continue }
      switch cell {
      case .text(let text): try Self.writeField(text, to: output)
      case .word(let word): try output.write(word)
      case .integer(let number): try output.write(integer: number)
      case .decimal(let number): try output.write(FieldValue.text(of: number))
      case .integers(let numbers): try output.write(ScoreEntry.answersText(numbers))
      case .day(let day): try output.write(day: day)
      case .time(let time): try output.write(time: time)
      case .uid(let uid): try output.write(uid: uid)
      case .flag(let flag): try output.write(flag ? "true" : "false")
      case .null: break
      }
    }
    try output.write("\r\n")
  }

  public func end(to output: BufferedOutput) throws {}

  /// A field as `EntryExport.quote` writes it: quoted, with quotes doubled, when it holds a comma, a
  /// quote or a character that `Character.isNewline` calls a line break (U+000A to U+000D, U+0085,
  /// U+2028, U+2029).
  private static func writeField(_ text: String, to output: BufferedOutput) throws {
    let text = FormulaGuard.guarded(text)
    guard needsQuotes(text) else { return try output.write(text) }
    try output.write(byte: UInt8(ascii: "\""))
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") { try output.write(byte: byte) }
      try output.write(byte: byte)
    }
    try output.write(byte: UInt8(ascii: "\""))
  }

  private static func needsQuotes(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A...0x0D: return true
      // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
      case 0x85 where previous.1 == 0xC2: return true
      case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80): return true
      default: break
      }
      previous = (previous.1, byte)
    }
    return false
  }
}
