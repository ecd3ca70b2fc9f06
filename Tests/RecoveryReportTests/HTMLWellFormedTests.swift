import Foundation
import RecoveryModel
import RecoveryReport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML page is also well-formed XML, whatever the patient typed, and asks for nothing outside
/// itself.
struct HTMLWellFormedTests {
  /// Collects the elements an XML parser reports, to show it read the whole page.
  final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      names.append(elementName)
    }
  }

  /// The page's elements in order, or an issue when it is not well-formed.
  func elements(_ html: String) -> [String] {
    let document = html.hasPrefix("<!DOCTYPE html>") ? String(html.drop { $0 != "\n" }) : html
    let collector = ElementCollector()
    let parser = XMLParser(data: Data(document.utf8))
    parser.delegate = collector
    #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
    return collector.names
  }

  @Test func demoPageIsWellFormedAndSelfContained() {
    let html = HTMLRenderer().render(Reports.demoDocument)
    let names = elements(html)
    #expect(names.first == "html")
    #expect(names.filter { $0 == "svg" }.count == 4)
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
