/// A vocabulary's words as UTF-8 bytes, so a word read from a column is matched without making a
/// `String`: the lists are short, and a word is compared only with the words of its length.
///
/// Its look-up is inlinable, so that the store and the imports get it specialized for each
/// vocabulary: generic, each look-up copied every (bytes, word) pair through the runtime's tuple
/// metadata, a sixth of the import's instructions beyond SQLite's.
@usableFromInline
package struct WordTable<V: Vocabulary>: Sendable {
  @usableFromInline let words: [(bytes: [UInt8], value: V)]

  package init() {
    words = V.allCases.map { (Array($0.rawValue.utf8), $0) }
  }

  /// Calls `body` with the UTF-8 bytes of `value`'s word, without making a `String`.
  @inlinable
  package func withBytes<Result>(of value: V, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    words.withUnsafeBufferPointer { words in
      for index in words.indices where words[index].value == value {
        return words[index].bytes.withUnsafeBufferPointer(body)
      }
      preconditionFailure("\(value) is not in its vocabulary's table")
    }
  }

  /// The word spelled by `bytes`, nil when it is none of the vocabulary's.
  @inlinable
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
