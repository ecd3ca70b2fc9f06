import RecoveryModel

/// One CSV record's cells as bytes: every cell's bytes one after another, and where each cell ends.
///
/// A reader fills one record, converts it, and reuses it for the next, so reading a file makes no
/// array and no `String` per cell. `ImportedEntry/init(record:columns:)` reads entries from it.
///
/// ```swift
/// var record = CSVRecord()
/// for byte in "pain".utf8 { record.append(byte) }
/// record.endCell()
/// record.text(at: 0)  // "pain"
/// ```
public struct CSVRecord: Sendable, Equatable {
  /// The cells' bytes, one cell after another, without separators or quotes.
  public var bytes: [UInt8] { storage }
  /// The offset in ``bytes`` where each cell ends (the next one starts there).
  public var ends: [Int] { cellEnds }

  // Usable from inline code, so that a reader in another module fills a record without calls.
  @usableFromInline var storage: [UInt8] = []
  @usableFromInline var cellEnds: [Int] = []

  /// Creates an empty record.
  public init() {}

  /// Creates a record of `cells`.
  public init(cells: some Sequence<String>) {
    for cell in cells {
      storage.append(contentsOf: cell.utf8)
      cellEnds.append(storage.count)
    }
  }

  /// The number of cells.
  public var count: Int { cellEnds.count }

  /// Whether the record is a single empty cell: a blank line.
  public var isBlank: Bool { cellEnds.count == 1 && cellEnds[0] == 0 }

  /// The offsets in ``bytes`` of cell `index`.
  public func range(of index: Int) -> Range<Int> {
    (index == 0 ? 0 : cellEnds[index - 1])..<cellEnds[index]
  }

  /// Whether every cell is UTF-8 text. Cells of ASCII only, the usual case, are checked by looking
  /// for a byte of 0x80 or above.
  public var isUTF8: Bool {
    let highBits = storage.withUnsafeBufferPointer { $0.reduce(UInt8(0), |) }
    guard highBits >= 0x80 else { return true }
    return (0..<count).allSatisfy { text(at: $0) != nil }
  }

  /// Cell `index` as text, or nil when it is not UTF-8.
  public func text(at index: Int) -> String? {
    String(validating: storage[range(of: index)], as: UTF8.self)
  }

  /// Every cell as text, or nil when one is not UTF-8.
  public var texts: [String]? {
    var texts: [String] = []
    texts.reserveCapacity(count)
    for index in 0..<count {
      guard let text = text(at: index) else { return nil }
      texts.append(text)
    }
    return texts
  }

  /// Empties the record, keeping its storage for the next one.
  @inlinable
  public mutating func removeAll() {
    storage.removeAll(keepingCapacity: true)
    cellEnds.removeAll(keepingCapacity: true)
  }

  /// Adds a byte to the cell being read.
  @inlinable
  public mutating func append(_ byte: UInt8) {
    storage.append(byte)
  }

  /// Adds bytes to the cell being read.
  @inlinable
  public mutating func append(contentsOf newBytes: UnsafeBufferPointer<UInt8>) {
    storage.append(contentsOf: newBytes)
  }

  /// Ends the cell being read: the bytes added from now on belong to the next one.
  @inlinable
  public mutating func endCell() {
    cellEnds.append(storage.count)
  }

  /// Whether every cell is empty: a row of separators only.
  public var isEmptyCells: Bool { storage.isEmpty }

  /// Removes the last cell.
  public mutating func removeLastCell() {
    cellEnds.removeLast()
    storage.removeSubrange((cellEnds.last ?? 0)..<storage.count)
  }

  /// Whether any of the bytes is `byte`. Every byte is looked at, in a loop the compiler
  /// vectorizes: for a record's few dozen bytes, faster than stopping at the first.
  private func holds(_ byte: UInt8) -> Bool {
    // The least of the bytes' differences from `byte` (as bits) is zero when one of them is `byte`.
    storage.withUnsafeBufferPointer { bytes in bytes.reduce(UInt8.max) { min($0, $1 ^ byte) } } == 0
  }

  /// Removes the spaces around each cell's text, as a spreadsheet shows it, except in the cells
  /// `keeping` picks by index.
  public mutating func trimSpaces(keeping: (Int) -> Bool = { _ in false }) {
    guard holds(UInt8(ascii: " ")) else { return }
    // In place: each cell's kept bytes move down to where the kept bytes before them end.
    let kept = storage.withUnsafeMutableBufferPointer { bytes in
      var start = 0
      var kept = 0
      for index in cellEnds.indices {
        var first = start
        var end = cellEnds[index]
        start = end
        if !keeping(index) {
          while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
          while end > first, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }
        for offset in first..<end {
          bytes[kept] = bytes[offset]
          kept += 1
        }
        cellEnds[index] = kept
      }
      return kept
    }
    storage.removeSubrange(kept...)
  }

  /// Takes off the apostrophe an export puts before a cell that would start a spreadsheet formula
  /// (an apostrophe before a cell starting with `=`, `+`, `-`, `@` or a tab, kept once more before
  /// such a cell that starts with apostrophes already).
  public mutating func removeFormulaGuards() {
    guard holds(UInt8(ascii: "'")) else { return }
    var removed = 0
    var start = 0
    for index in cellEnds.indices {
      let end = cellEnds[index]
      let cell = storage[(start - removed)..<(end - removed)]
      if FormulaGuard.unguarded(cell).count < cell.count {
        storage.remove(at: start - removed)
        removed += 1
      }
      start = end
      cellEnds[index] = end - removed
    }
  }
}
