import RecoveryModel
import RecoveryReport
import Testing

/// The three formats are walks over one document: each shows every section's title, in the
/// document's order, and the same words in its tables.
struct SectionOrderTests {
  let document = Reports.demoDocument

  @Test func demoHasEverySectionInReadingOrder() {
    #expect(
      document.sections.map(\.id) == [
        .glance, .timeline, .responses, .weeklyPain, .painByMonth, .whereItHurts, .questionnaires,
        .milestones, .symptoms, .walkingAids, .medications, .method,
      ])
    #expect(document.section(.weeklyPain)?.title == "Pain since psoas release (2024-10-28)")
  }

  /// The position of each heading in `output`, which must find them all, one after the other.
  func positions(of headings: [String], in output: String) -> [String.Index]? {
    var positions: [String.Index] = []
    var rest = output.startIndex..<output.endIndex
    for heading in headings {
      guard let found = output.range(of: heading, range: rest) else { return nil }
      positions.append(found.lowerBound)
      rest = found.upperBound..<output.endIndex
    }
    return positions
  }

  /// The section headings as a format writes them, in document order.
  func headings(_ format: String) -> [String] {
    document.sections.map { section in
      switch format {
      case "text": "\n" + section.title.uppercased() + "\n"
      case "markdown": "\n## " + section.title + "\n"
      default:
        "<h2>"
          + section.title.replacingOccurrences(
            of: "2024-10-28", with: "<span class=\"date\">2024-10-28</span>") + "</h2>"
      }
    }
  }

  func render(_ format: String) -> String {
    switch format {
    case "text": TextRenderer().render(document)
    case "markdown": MarkdownRenderer().render(document)
    default: HTMLRenderer().render(document)
    }
  }

  @Test(arguments: ["text", "markdown", "html"])
  func everyFormatShowsTheSectionsInTheSameOrder(format: String) throws {
    let output = render(format)
    let headings = headings(format)
    #expect(positions(of: headings, in: output) != nil, "\(format) lacks or reorders one of \(headings)")
    // No other section headings: as many as the document has.
    let count: Int
    switch format {
    case "text":
      count =
        output.split(separator: "\n").filter {
          $0.first?.isUppercase == true && $0 == $0.uppercased() && $0.count > 3
        }.count
    case "markdown": count = output.components(separatedBy: "\n## ").count - 1
    default: count = output.components(separatedBy: "<h2>").count - 1
    }
    #expect(count == document.sections.count, "\(format)")
  }

  /// Every table cell's words appear in every format, so no format leaves out what another shows.
  @Test(arguments: ["text", "markdown", "html"])
  func everyFormatShowsEveryCell(format: String) {
    // HTML keeps each date on one line inside a span of its own.
    let output = render(format).replacingOccurrences(of: "<span class=\"date\">", with: "")
      .replacingOccurrences(of: "</span>", with: "")
    for section in document.sections {
      for case .table(let table) in section.blocks {
        for row in table.rows {
          for cell in row.cells where !cell.valueText.isEmpty {
            #expect(output.contains(cell.valueText), "\(format): \(section.id) lacks \(cell.valueText)")
            if let note = cell.note {
              #expect(output.contains(note), "\(format): \(section.id) lacks \(note)")
            }
          }
        }
      }
    }
  }

  @Test(arguments: ["text", "markdown", "html"])
  func everyFormatShowsTheTreatmentNotesAndMethod(format: String) {
    let output = render(format)
    #expect(output.contains("Both hips on the same day."), "\(format)")
    #expect(output.contains("under 8 weeks after it"), "\(format)")
    #expect(output.contains("This report records and computes what was logged"), "\(format)")
  }
}
