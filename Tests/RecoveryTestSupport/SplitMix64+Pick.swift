import RecoveryDemo

extension SplitMix64 {
  /// One of `items`, which must not be empty, drawn with `int(in:)` so that a seed picks the same one
  /// on every platform.
  package mutating func pick<T>(_ items: [T]) -> T {
    items[int(in: 0...(items.count - 1))]
  }
}
