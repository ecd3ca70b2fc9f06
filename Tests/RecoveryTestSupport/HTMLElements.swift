import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An HTML page read as XML: whether it is well-formed, and the names of its elements in order.
///
/// The report's page is written to be well-formed XML after its doctype line, so an XML parser that
/// reads it to the end shows that no text the patient typed broke its structure.
package struct HTMLElements {
  /// Whether the parser read the whole page without an error.
  package let wellFormed: Bool
  /// The parser's error, when it stopped on one.
  package let error: String?
  /// The names of the elements, in the order they open.
  package let names: [String]

  /// Parses `html`, leaving out a first `<!DOCTYPE html>` line, which is not XML.
  package init(_ html: String) {
    var document = html
    if document.hasPrefix("<!DOCTYPE html>") || document.hasPrefix("<!doctype html>") {
      document = String(document.drop { $0 != "\n" })
    }
    let collector = ElementCollector()
    let parser = XMLParser(data: Data(document.utf8))
    parser.delegate = collector
    wellFormed = parser.parse()
    error = parser.parserError.map { String(describing: $0) }
    names = collector.names
  }

  /// Collects the elements an XML parser reports, to show it read the whole document.
  private final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      names.append(elementName)
    }
  }
}
