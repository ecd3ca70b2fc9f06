extension String {
  /// The text as one line for display: line breaks and tabs become spaces and other control
  /// characters (terminal escape sequences among them) become `?`. What is stored stays as typed.
  var oneLine: String {
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      switch scalar.properties.generalCategory {
      case .lineSeparator, .paragraphSeparator: result += " "
      case .control:
        if scalar == "\r" { continue }
        result += scalar == "\n" || scalar == "\t" ? " " : "?"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
