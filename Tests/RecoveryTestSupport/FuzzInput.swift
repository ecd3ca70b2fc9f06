import Foundation
import RecoveryDemo
import RecoveryModel

/// Seeded generators of awkward user input for the property tests: near-miss dates and times, numbers
/// with signs, spaces and overflow, vocabulary words slightly wrong, and free text mixing quotes, SQL,
/// line breaks, control characters, emoji, combining marks and right-to-left text.
///
/// The same seed always gives the same inputs, so a failure printed with its seed replays exactly.
package struct FuzzInput {
  private var random: SplitMix64

  package init(seed: TestSeed) {
    random = SplitMix64(seed: seed.value)
  }

  package mutating func int(_ range: ClosedRange<Int>) -> Int {
    random.int(in: range)
  }

  package mutating func chance(_ percent: Int) -> Bool {
    int(0...99) < percent
  }

  package mutating func pick<T>(_ items: [T]) -> T {
    random.pick(items)
  }

  /// Pieces free text is made of.
  package static let textPieces = [
    "a", "Z", "7", " ", "  ", "\"", "'", "''", "\\", "%", "_", ";", ",", "=", "-", "--", "/*", "*/",
    "'); DROP TABLE pain; --", "\" OR 1=1 --", "\n", "\r\n", "\r", "\t", "\u{1}", "\u{7}", "\u{8}",
    "\u{1b}[31m", "\u{7f}", "\u{85}", "\u{a0}", "\u{2028}", "\u{feff}", "\u{200b}", "\u{200d}", "é",
    "e\u{301}", "ß", "İ", "ﬁ", "中文", "日本語", "🦴", "👩🏽‍⚕️", "🇫🇷", "\u{fffd}", "עברית", "\u{202e}", "$HOME",
    "`ls`", "$(id)", "%s%n", "{{x}}", "<script>", "&amp;", "null", "NULL", "0", "\u{10FFFF}", "\u{E000}",
    "--note", "-x", "#1", "after physio", "worse on the stairs",
  ]

  /// Free text of at most `maxBytes` UTF-8 bytes; sometimes one piece repeated to fill most of it.
  package mutating func text(maxBytes: Int) -> String {
    var text = ""
    if chance(10) {
      let piece = pick(Self.textPieces)
      let repeats = max(1, int(maxBytes / 2...maxBytes) / max(piece.utf8.count, 1))
      text = String(repeating: piece, count: repeats)
    } else {
      for _ in 0..<int(0...12) { text += pick(Self.textPieces) }
    }
    while text.utf8.count > maxBytes { text.removeLast() }
    return text
  }

  /// Strings that look more or less like dates.
  package mutating func date() -> String {
    let year = pick([int(1900...2030), int(0...9999), 2024, 2023, 2000, 1900, 0, 1, 9999])
    let month = pick([int(1...12), int(0...13), 2, 99])
    let day = pick([int(1...28), int(0...32), 29, 30, 31])
    let plain = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    switch int(0...9) {
    case 0...4: return plain
    case 5: return pick(["today", "yesterday", "TODAY", "Yesterday", "tomorrow", "now", "", " ", "today "])
    case 6:
      return pick([plain + " ", " " + plain, plain + "T08:00", "\(year)-\(month)-\(day)", plain + "\n"])
    case 7: return plain.replacingOne(at: int(0...9), with: pick(["/", ".", "x", "٣", "１", " ", "-", "0"]))
    case 8: return pick(["2023-02-29", "2024-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-13-01"])
    default: return text(maxBytes: 12)
    }
  }

  /// Strings that look more or less like times.
  package mutating func time() -> String {
    let plain = pad(pick([int(0...23), int(0...30), 24, 99]), 2) + ":" + pad(pick([int(0...59), 60, 99]), 2)
    switch int(0...5) {
    case 0...2: return plain
    case 3:
      return pick(["7:30", "07:3", "0730", "07-30", "07:30:00", " 07:30", "07:30 ", "", "noon", "٠٧:٣٠"])
    case 4: return plain.replacingOne(at: int(0...4), with: pick(["x", "-", " ", "+", "９"]))
    default: return text(maxBytes: 6)
    }
  }

  /// Strings that look more or less like whole numbers.
  package mutating func integer() -> String {
    switch int(0...6) {
    case 0...2: return String(int(-3...14))
    case 3:
      return pick([
        "+5", "05", "-0", "+0", "007", "10", "11", "-1", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "99999999999999999999",
      ])
    case 4: return pick([" 5", "5 ", "5.0", "5,0", "1e1", "0x5", "five", "", "٥", "５", "5\n", "+-5", "--5"])
    default: return String(int(-3...14)).replacingOne(at: 0, with: pick(["+", "0", "x", " "]))
    }
  }

  /// A word from `words`, or a near miss of one.
  package mutating func word(_ words: [String]) -> String {
    let word = pick(words)
    switch int(0...7) {
    case 0...3: return word
    case 4: return word.uppercased()
    case 5: return pick([word + " ", " " + word, word + "s", String(word.dropLast())])
    case 6: return word.replacingOne(at: int(0...(word.count - 1)), with: pick(["_", " ", "-", "é"]))
    default: return pick(["", "none", "other", "left right", "\u{fffd}", "🦴"])
    }
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

extension String {
  /// The string with the character at `offset` (clamped) replaced by `replacement`.
  fileprivate func replacingOne(at offset: Int, with replacement: String) -> String {
    guard !isEmpty else { return replacement }
    let index = self.index(startIndex, offsetBy: Swift.min(offset, count - 1))
    return String(self[..<index]) + replacement + String(self[self.index(after: index)...])
  }
}
