/// Aligned columns for the text report, measuring only visible characters so colour codes do not
/// throw the alignment off.
struct TextColumns {
  /// Column headings.
  var header: [String]
  /// Rows of cells, already coloured if wanted.
  var rows: [[String]] = []
  /// Columns aligned to the right (numbers).
  var rightAligned: Set<Int> = []
  /// Text before every line.
  var indent = "  "

  /// The table, one line per row, header underlined with dashes.
  func render(styleHeader: (String) -> String = { $0 }) -> String {
    var widths = header.map(Self.visibleCount)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], Self.visibleCount(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      var text = indent
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[index] - Self.visibleCount(cell)))
        text += rightAligned.contains(index) ? padding + cell : cell + padding
        if index < cells.count - 1 { text += "  " }
      }
      while text.last == " " { text.removeLast() }
      return text
    }
    let rule = indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return ([styleHeader(line(header)), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  /// The number of characters shown on a terminal: ANSI escape sequences (`ESC [ ... m`) take none.
  static func visibleCount(_ text: String) -> Int {
    var count = 0
    var inEscape = false
    for character in text.unicodeScalars {
      if inEscape {
        if character == "m" { inEscape = false }
      } else if character == "\u{1B}" {
        inEscape = true
      } else {
        count += 1
      }
    }
    return count
  }
}
