extension String {
  /// The text as one line for display: line breaks and tabs become spaces and other control
  /// characters (terminal escape sequences among them) become `?`. What is stored stays as typed.
  ///
  /// ```swift
  /// "sore\nafter\u{1B}[31m stairs".oneLine  // "sore after?[31m stairs"
  /// ```
  package var oneLine: String {
    replacingControlCharacters { scalar in
      switch scalar {
      case "\r": ""
      case "\n", "\t": " "
      default: scalar.properties.generalCategory == .control ? "?" : " "
      }
    }
  }

  /// The text with every control character, line separator and paragraph separator replaced by what
  /// `replacement` returns for it; everything else is kept.
  ///
  /// - Parameter replacement: the text to put in place of one such character.
  package func replacingControlCharacters(_ replacement: (Unicode.Scalar) -> String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      switch scalar.properties.generalCategory {
      case .control, .lineSeparator, .paragraphSeparator: result += replacement(scalar)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
