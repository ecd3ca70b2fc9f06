/// Finds the word a person most likely meant when they typed one that is not in a list, for
/// "did you mean ...?" hints.
///
/// Matching ignores case and treats spaces and underscores as dashes, then tries, in order:
///
/// 1. the same word (`PRP`, `psoas release`);
/// 2. a word that starts with the text (`psoas` → `psoas-release`), the shortest if several do;
/// 3. a word that contains the text, at least three letters of it (`release` → `psoas-release`);
/// 4. the word fewest edits away (insertions, deletions, substitutions, swaps of neighbours), if it
///    is at most one edit per four letters typed, and at least one (`rigth` → `right`);
/// 5. the longest word of three letters or more that the text contains
///    (`cortisone-injection` → `cortisone`).
///
/// Ties go to the word listed first. Nothing is suggested when nothing is close: `elbow` among the
/// sides, or an empty text.
package enum WordMatch {
  /// The word of `words` closest to `text`, or nil when none is close enough to suggest.
  ///
  /// ```swift
  /// WordMatch.closest(to: "psoas", among: ["cortisone", "psoas-release"])  // "psoas-release"
  /// WordMatch.closest(to: "elbow", among: ["left", "right", "both"])      // nil
  /// ```
  package static func closest(to text: String, among words: [String]) -> String? {
    let typed = normalized(text)
    guard !typed.isEmpty else { return nil }
    let candidates = words.map(normalized)
    func first(where matches: (String) -> Bool, preferring better: (String, String) -> Bool) -> String? {
      var best: Int?
      for (index, candidate) in candidates.enumerated() where matches(candidate) {
        if let current = best, !better(candidate, candidates[current]) { continue }
        best = index
      }
      return best.map { words[$0] }
    }
    let shorter: (String, String) -> Bool = { $0.count < $1.count }
    if let same = first(where: { $0 == typed }, preferring: { _, _ in false }) { return same }
    if let start = first(where: { $0.hasPrefix(typed) }, preferring: shorter) { return start }
    if typed.count >= 3, let part = first(where: { $0.contains(typed) }, preferring: shorter) {
      return part
    }
    let typedCharacters = Array(typed)
    let limit = max(1, typedCharacters.count / 4)
    var nearest: (index: Int, distance: Int)?
    for (index, candidate) in candidates.enumerated() {
      let distance = editDistance(typedCharacters, Array(candidate))
      if distance <= limit, distance < nearest?.distance ?? .max { nearest = (index, distance) }
    }
    if let nearest { return words[nearest.index] }
    return first(where: { $0.count >= 3 && typed.contains($0) }, preferring: { $0.count > $1.count })
  }

  /// The optimal string alignment distance: the fewest insertions, deletions, substitutions and
  /// swaps of neighbouring characters that turn `a` into `b`.
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows of the dynamic-programming table: two back (for swaps), one back, and this one.
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }

  private static func normalized(_ text: String) -> String {
    let trimmed = text.lowercased().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
    return String(trimmed.reversed().map { $0.isWhitespace || $0 == "_" ? "-" : $0 })
  }
}
