import RecoveryModel

extension ReportDocument.Number {
  /// The number as shown: "5.6", "58%" with a unit; never "-0.0". A signed number is a change from a
  /// baseline and reads as the model's `Rounding` shows changes, so it never rounds to a threshold of
  /// `Verdict` the exact value does not reach: "+0.2", "-1.95" (not "-2.0"), "-29.6%" (not "-30%").
  public var formatted: String {
    if signed {
      return unit == "%" ? Rounding.percentChange(value) : Rounding.change(value) + unit
    }
    let digits: String
    switch decimals {
    case ...0: digits = Rounding.whole(value)
    default: digits = Rounding.decimal(value, places: decimals)
    }
    return digits + unit
  }
}

extension ReportDocument.Cell {
  /// The value as words: "2024-11-25", "5.6", "12", "meaningful improvement (so far)", or "" when
  /// empty.
  public var valueText: String {
    switch value {
    case .day(let day): day.description
    case .number(let number): number.formatted
    case .integer(let integer): String(integer)
    case .verdict(let verdict, let partial): ReportPhrases.verdict(verdict, partial: partial)
    case .text(let text): text
    case .empty: ""
    }
  }

  /// The value with its note in parentheses: "5.6 (13 days)".
  public var plainText: String {
    guard let note, !note.isEmpty else { return valueText }
    let value = valueText
    return value.isEmpty ? "(\(note))" : "\(value) (\(note))"
  }
}

extension ReportDocument.Chart {
  /// The series that sums a chart up: the last one drawn as steps or bars (the monthly means, say),
  /// which a renderer without graphics shows on its own.
  var summarySeries: Series? {
    series.last { $0.style != .dots && $0.style != .spikes }
  }

  /// A series as one line of block characters, one per point, a point without data as a space:
  /// "▄▅▅▃".
  func sparkline(_ series: Series) -> String {
    let levels = Array("▁▂▃▄▅▆▇█")
    let maximum = self.maximum > 0 ? self.maximum : 1
    return String(
      series.points.map { point -> Character in
        guard let value = point.value else { return " " }
        let level = Int((value / maximum * Double(levels.count - 1)).rounded())
        return levels[min(levels.count - 1, max(0, level))]
      })
  }

  /// A horizontal bar for a value between 0 and ``maximum``, `width` characters when full, in
  /// eighths of a character.
  func bar(_ value: Double, width: Int) -> String {
    let maximum = self.maximum > 0 ? self.maximum : 1
    let eighths = Int((min(max(value, 0), maximum) / maximum * Double(width * 8)).rounded())
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
  }
}
