import RecoveryModel

/// The diary export file: `{"format":"recovery-diary","version":1,"entries":[` then one entry's
/// object per line, each the object `list --format json` prints (keys sorted), then `]}`.
///
/// The objects are written from `EntryCells` rather than by `JSONEncoder`, which would cost more
/// than reading the entry from the database.
public struct JSONExportWriter: ExportWriter {
  /// The cells' positions in key order, with each key as written (`"date":`).
  private static let keyOrder: [(position: Int, key: String)] = EntryCells.fields.enumerated()
    .map { (position: $0.offset, key: "\"\($0.element.rawValue)\":") }
    .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }

  private var cells = EntryCells()
  private var written = 0
  /// The JSON of the string being written.
  private var scratch = JSONBytes()

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
      try write(cell, to: output)
    }
    try output.write(byte: UInt8(ascii: "}"))
  }

  public func end(to output: BufferedOutput) throws {
    try output.write("\n]}\n")
  }

  private mutating func write(_ cell: FieldValue, to output: BufferedOutput) throws {
    switch cell {
    case .text(let text): try writeString(text, to: output)
    case .word(let word): try Self.writeQuoted(to: output) { try output.write(word) }
    case .integer(let number): try output.write(integer: number)
    case .decimal(let number): try output.write(FieldValue.text(of: number))
    case .integers(let numbers):
      try output.write("[" + numbers.map(String.init).joined(separator: ",") + "]")
    case .day(let day): try Self.writeQuoted(to: output) { try output.write(day: day) }
    case .time(let time): try Self.writeQuoted(to: output) { try output.write(time: time) }
    case .uid(let uid): try Self.writeQuoted(to: output) { try output.write(uid: uid) }
    case .flag(let flag): try output.write(flag ? "true" : "false")
    case .null: try output.write("null")
    }
  }

  private static func writeQuoted(to output: BufferedOutput, _ body: () throws -> Void) throws {
    try output.write(byte: UInt8(ascii: "\""))
    try body()
    try output.write(byte: UInt8(ascii: "\""))
  }

  /// A JSON string, through the one escaper (``JSONText``), in a buffer reused from string to string.
  private mutating func writeString(_ text: String, to output: BufferedOutput) throws {
    scratch.removeAll()
    scratch.write { $0.quoted(text) }
    try scratch.withBytes { try output.write(bytes: $0) }
  }
}
