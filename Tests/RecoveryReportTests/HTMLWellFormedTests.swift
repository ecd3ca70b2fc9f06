import Foundation
import RecoveryModel
import RecoveryReport
import RecoveryTestSupport
import Testing

/// The HTML page is also well-formed XML, whatever the patient typed, and asks for nothing outside
/// itself.
struct HTMLWellFormedTests {
  /// The page's elements in order, recording an issue when it is not well-formed.
  func elements(_ html: String) -> [String] {
    let page = HTMLElements(html)
    #expect(page.wellFormed, "not well-formed: \(page.error ?? "")")
    return page.names
  }

  @Test func demoPageIsWellFormedAndSelfContained() {
    let html = HTMLRenderer().render(Reports.demoDocument)
    let names = elements(html)
    #expect(names.first == "html")
    // Four charts, two questionnaire charts, the medication chart, and the body map's front and back and
    // its before-and-after pair.
    #expect(names.filter { $0 == "svg" }.count == 11)
    #expect(names.filter { $0 == "section" }.count == Reports.demoDocument.sections.count)
    #expect(!html.lowercased().contains("<script"))
    let withoutNamespace = html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
    #expect(!withoutNamespace.contains("http://"))
    #expect(!withoutNamespace.contains("https://"))
  }

  @Test func pageOfAwkwardTextIsWellFormed() {
    let names = elements(HTMLRenderer().render(EscapingTests.document))
    #expect(names.first == "html")
    #expect(!names.contains("script"))
    #expect(!names.contains("b"))
  }
}
