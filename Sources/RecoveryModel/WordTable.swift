/// A vocabulary's words as UTF-8 bytes, so a word read from a column is matched without making a
/// `String`: the lists are short, and a word is compared only with the words of its length.
@usableFromInline
package struct WordTable<V: Vocabulary>: Sendable {
  private let words: [(bytes: [UInt8], value: V)]

  package init() {
    words = V.allCases.map { (Array($0.rawValue.utf8), $0) }
  }

  /// The word spelled by `bytes`, nil when it is none of the vocabulary's.
  package func value(_ bytes: UnsafeBufferPointer<UInt8>) -> V? {
    for word in words where word.bytes.count == bytes.count {
      // A plain loop over indices: `elementsEqual` went through two iterators, 7% of a cohort's time.
      let same = word.bytes.withUnsafeBufferPointer { known in
        var index = 0
        while index < known.count, known[index] == bytes[index] { index += 1 }
        return index == known.count
      }
      if same { return word.value }
    }
    return nil
  }
}
