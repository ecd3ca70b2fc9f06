import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A well-formed page read as a tree of elements, so a test can look at an element's attributes,
/// children and text, such as the shapes of an inline SVG.
package struct XMLTree: Sendable {
  /// The element's name.
  package var name: String
  /// Its attributes.
  package var attributes: [String: String]
  /// Its child elements, in order.
  package var children: [XMLTree]
  /// The text directly inside it, without its children's.
  package var text: String

  /// The root element of `html`, leaving out a first `<!DOCTYPE html>` line; nil when it is not
  /// well-formed.
  package static func parse(_ html: String) -> XMLTree? {
    var document = html
    if document.hasPrefix("<!DOCTYPE html>") { document = String(document.drop { $0 != "\n" }) }
    let builder = Builder()
    let parser = XMLParser(data: Data(document.utf8))
    parser.delegate = builder
    guard parser.parse() else { return nil }
    return builder.root
  }

  /// This element and every element inside it, in document order.
  package var all: [XMLTree] {
    [self] + children.flatMap(\.all)
  }

  /// The elements inside this one (and itself) with this name, in document order.
  package func elements(_ name: String) -> [XMLTree] {
    all.filter { $0.name == name }
  }

  /// The element's classes.
  package var classes: Set<String> {
    Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
  }

  /// Builds the tree from the parser's events.
  private final class Builder: NSObject, XMLParserDelegate {
    var stack: [XMLTree] = []
    var root: XMLTree?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      stack.append(XMLTree(name: elementName, attributes: attributeDict, children: [], text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      let element = stack.removeLast()
      if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
    }
  }
}
