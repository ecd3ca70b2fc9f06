/// Left-aligned columns separated by two spaces, with a header row; trailing spaces trimmed.
enum TextTable {
  static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let rows = rows.map { $0.map(\.oneLine) }
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
        text += rightAligned.contains(index) ? padding + cell : cell + padding
        if index < cells.count - 1 { text += "  " }
      }
      while text.last == " " { text.removeLast() }
      return text
    }
    return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
