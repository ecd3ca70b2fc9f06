import RecoveryExchange
import RecoveryModel

/// Builds the pieces of the app's forms: every form posts to the app with its form token, every
/// field has a label, and choices are radio buttons or selects that work without a script.
struct FormBuilder: Sendable {
  let formToken: String

  /// A form that posts to `action`, carrying the form token.
  func form(_ action: String, _ content: [HTMLNode], attributes: [(String, String)] = []) -> HTMLNode {
    .tag(
      "form", [("method", "post"), ("action", action)] + attributes,
      [Self.hidden("csrf", formToken)] + content)
  }

  static func hidden(_ name: String, _ value: String) -> HTMLNode {
    .tag("input", [("type", "hidden"), ("name", name), ("value", value)])
  }

  /// Radio buttons drawn as large pills, in a fieldset with its legend.
  static func choices(
    _ name: String, legend: String, _ options: [(value: String, label: String)], selected: String? = nil,
    idPrefix: String
  ) -> HTMLNode {
    var items: [HTMLNode] = []
    for (index, option) in options.enumerated() {
      let id = "\(idPrefix)-\(index)"
      var attributes = [("type", "radio"), ("name", name), ("value", option.value), ("id", id)]
      if option.value == selected { attributes.append(("checked", "checked")) }
      items.append(.tag("input", attributes))
      items.append(.tag("label", [("for", id)], text: option.label))
    }
    return .tag("fieldset", [], [.tag("legend", text: legend), .tag("div", [("class", "choices")], items)])
  }

  /// A labelled select; `blank` adds a first option with an empty value.
  static func select(
    _ name: String, label: String, _ options: [(value: String, label: String)], selected: String? = nil,
    blank: String? = nil, id: String
  ) -> HTMLNode {
    var items: [HTMLNode] = []
    if let blank { items.append(.tag("option", [("value", "")], text: blank)) }
    for option in options {
      var attributes = [("value", option.value)]
      if option.value == selected { attributes.append(("selected", "selected")) }
      items.append(.tag("option", attributes, text: option.label))
    }
    return .tag(
      "div", [],
      [.tag("label", [("for", id)], text: label), .tag("select", [("name", name), ("id", id)], items)])
  }

  /// A labelled input.
  static func input(
    _ name: String, label: String, type: String = "text", value: String? = nil, id: String,
    extra: [(String, String)] = []
  ) -> HTMLNode {
    var attributes = [("type", type), ("name", name), ("id", id)]
    if let value { attributes.append(("value", value)) }
    return .tag(
      "div", [], [.tag("label", [("for", id)], text: label), .tag("input", attributes + extra)])
  }

  static func submit(
    _ label: String, name: String? = nil, value: String? = nil, secondary: Bool = false
  )
    -> HTMLNode
  {
    var attributes = [("type", "submit")]
    if let name { attributes.append(("name", name)) }
    if let value { attributes.append(("value", value)) }
    if secondary { attributes.append(("class", "secondary")) }
    return .tag("button", attributes, text: label)
  }

  /// A vocabulary's words with their labels.
  static func options<V: Vocabulary>(_ type: V.Type) -> [(value: String, label: String)] {
    V.allCases.map { (value: $0.rawValue, label: $0.label) }
  }
}

extension String {
  /// The text percent-encoded for a query value.
  var queryEncoded: String {
    var encoded = ""
    for byte in utf8 {
      if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
      {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let digits = Array("0123456789ABCDEF")
        encoded += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
      }
    }
    return encoded
  }
}
