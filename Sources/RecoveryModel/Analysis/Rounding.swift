/// Numbers as the report prints them, rounded half away from zero without Foundation's formatters
/// (which would pull in the whole of Foundation and slow the tool's start-up).
public enum Rounding {
  /// One decimal place: `5.64` reads "5.6", `-2` reads "-2.0"; a value that rounds to zero reads
  /// "0.0", never "-0.0".
  public static func oneDecimal(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
    let magnitude = tenths.magnitude
    return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
  }

  /// One decimal place with a sign for changes: "+1.5", "-2.0", and "0.0" for no change.
  public static func signedOneDecimal(_ value: Double) -> String {
    let text = oneDecimal(value)
    return text.hasPrefix("-") || text == "0.0" ? text : "+" + text
  }

  /// A whole number: `29.6` reads "30"; a value that rounds to zero reads "0".
  public static func whole(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let rounded = Int(value.rounded(.toNearestOrAwayFromZero))
    return String(rounded)
  }

  /// A signed whole percentage for changes: "-30%", "+12%", "0%".
  public static func signedPercent(_ value: Double) -> String {
    let text = whole(value)
    return (text.hasPrefix("-") || text == "0" ? text : "+" + text) + "%"
  }
}
