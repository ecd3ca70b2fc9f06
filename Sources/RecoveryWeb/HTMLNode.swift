/// A piece of a page: an element with attributes and children, text, or several pieces in a row.
///
/// Pages are built as trees of nodes and written by ``PageRenderer``, which escapes every text and
/// attribute value, so no page is put together from strings by hand.
enum HTMLNode: Sendable {
  /// An element; `void` elements (`input`, `br`, `meta`) have no children and no end tag.
  case element(String, attributes: [(String, String)], children: [HTMLNode])
  /// Text, escaped when written.
  case text(String)
  /// Several nodes in a row.
  case fragment([HTMLNode])

  /// An element with attributes in the order given.
  static func tag(
    _ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []
  )
    -> HTMLNode
  {
    .element(name, attributes: attributes, children: children)
  }

  /// An element holding one text.
  static func tag(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTMLNode {
    .element(name, attributes: attributes, children: [.text(text)])
  }

  /// Elements without content or end tag.
  static let voidElements: Set<String> = ["input", "br", "meta", "hr", "img", "link"]

  /// The node as HTML, every text and attribute value escaped.
  func write(to output: inout String) {
    switch self {
    case .text(let text): output += Self.escape(text)
    case .fragment(let nodes): for node in nodes { node.write(to: &output) }
    case .element(let name, let attributes, let children):
      output += "<" + name
      for (key, value) in attributes {
        output += " " + key + "=\"" + Self.escape(value) + "\""
      }
      output += ">"
      if Self.voidElements.contains(name) { return }
      for child in children { child.write(to: &output) }
      output += "</" + name + ">"
    }
  }

  /// Text safe in element content and in double-quoted attribute values.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }
}
