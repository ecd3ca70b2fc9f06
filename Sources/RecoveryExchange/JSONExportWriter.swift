import RecoveryModel

/// The diary export file: `{"format":"recovery-diary","version":1,"entries":[` then one entry's
/// object per line, each the object `list --format json` prints (keys sorted), then `]}`.
///
/// The objects are written from ``EntryCells`` rather than by `JSONEncoder`, which would cost more
/// than reading the entry from the database.
public struct JSONExportWriter: ExportWriter {
  /// The cells' positions in key order, with each key as written (`"date":`).
  private static let keyOrder: [(position: Int, key: String)] = EntryCells.fields.enumerated()
    .map { (position: $0.offset, key: "\"\($0.element.rawValue)\":") }
    .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }

  private var cells = EntryCells()
  private var written = 0

  /// A writer of the diary export.
  public init() {}

  public func begin(to output: BufferedOutput) throws {
    try output.write(
      "{\"format\":\"\(DiaryExport.formatName)\",\"version\":\(DiaryExport.version),\"entries\":[")
  }

  public func start(_ patient: Patient, to output: BufferedOutput) throws {}

  public mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput
  ) throws {
    cells.fill(entry, patient: patient.name, removed: removed)
    try output.write(written == 0 ? "\n{" : ",\n{")
    written += 1
    var first = true
    for (position, key) in Self.keyOrder {
      guard let cell = cells[position: position] else { continue }
      if !first { try output.write(byte: UInt8(ascii: ",")) }
      first = false
      try output.write(key)
      try Self.write(cell, to: output)
    }
    try output.write(byte: UInt8(ascii: "}"))
  }

  public func end(to output: BufferedOutput) throws {
    try output.write("\n]}\n")
  }

  private static func write(_ cell: ExportCell, to output: BufferedOutput) throws {
    switch cell {
    case .text(let text): try writeString(text, to: output)
    case .word(let word): try writeQuoted(to: output) { try output.write(word) }
    case .integer(let number): try output.write(integer: number)
    case .decimal(let number): try output.write(ExportCell.text(of: number))
    case .integers(let numbers):
      try output.write("[" + numbers.map(String.init).joined(separator: ",") + "]")
    case .day(let day): try writeQuoted(to: output) { try output.write(day: day) }
    case .time(let time): try writeQuoted(to: output) { try output.write(time: time) }
    case .uid(let uid): try writeQuoted(to: output) { try output.write(uid: uid) }
    case .flag(let flag): try output.write(flag ? "true" : "false")
    case .null: try output.write("null")
    }
  }

  private static func writeQuoted(to output: BufferedOutput, _ body: () throws -> Void) throws {
    try output.write(byte: UInt8(ascii: "\""))
    try body()
    try output.write(byte: UInt8(ascii: "\""))
  }

  /// A JSON string (RFC 8259): quotes, backslashes and control characters escaped, everything else
  /// as UTF-8.
  private static func writeString(_ text: String, to output: BufferedOutput) throws {
    try output.write(byte: UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): try output.write("\\\"")
      case UInt8(ascii: "\\"): try output.write("\\\\")
      case 0x0A: try output.write("\\n")
      case 0x0D: try output.write("\\r")
      case 0x09: try output.write("\\t")
      case 0x08: try output.write("\\b")
      case 0x0C: try output.write("\\f")
      case 0..<0x20:
        try output.write("\\u00")
        try output.write(byte: byte >> 4 == 0 ? UInt8(ascii: "0") : UInt8(ascii: "1"))
        let low = byte & 0xF
        try output.write(byte: low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
      default: try output.write(byte: byte)
      }
    }
    try output.write(byte: UInt8(ascii: "\""))
  }
}
