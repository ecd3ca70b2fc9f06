/// Finds existing patient names that a new name is probably a mistyping of, so that a typo in
/// `--patient` does not silently start a second diary.
///
/// Two names are close when, ignoring case, accents on Latin letters, spaces, dashes, underscores and
/// dots, they are the same, or one edit apart (two for names of five letters or more). Names whose
/// digits differ are never close: `p001` and `p002` are a clinic's record numbers for two people.
///
/// ```swift
/// PatientNameMatch.closeNames(to: "Anna", among: ["anna", "bob"])   // ["anna"]
/// PatientNameMatch.closeNames(to: "p002", among: ["p001"])          // []
/// ```
public enum PatientNameMatch {
  /// The names of `names` close to `name`, in their order; `name` itself is never returned.
  public static func closeNames(to name: String, among names: [String]) -> [String] {
    let typed = folded(name)
    let digits = typed.filter(\.isNumber)
    return names.filter { candidate in
      guard candidate != name else { return false }
      let other = folded(candidate)
      guard other.filter(\.isNumber) == digits else { return false }
      if other == typed { return true }
      let limit = min(typed.count, other.count) >= 5 ? 2 : 1
      return abs(typed.count - other.count) <= limit
        && editDistance(Array(typed), Array(other)) <= limit
    }
  }

  /// The name in lowercase, without separators, and with accented Latin letters as their base letter.
  static func folded(_ name: String) -> String {
    var result = ""
    for character in name.lowercased() {
      if character.isWhitespace || "-_.'".contains(character) { continue }
      result.append(baseLetter[character] ?? character)
    }
    return result
  }

  private static let baseLetter: [Character: Character] = {
    let groups: [(Character, String)] = [
      ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
      ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
      ("r", "ŕŗř"), ("s", "śŝşšß"), ("t", "ţťŧ"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"),
      ("z", "źżž"),
    ]
    var table: [Character: Character] = [:]
    for (base, accented) in groups {
      for letter in accented { table[letter] = base }
    }
    return table
  }()

  /// The fewest insertions, deletions and substitutions that turn `a` into `b`.
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
