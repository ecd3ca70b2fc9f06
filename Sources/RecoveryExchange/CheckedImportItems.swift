import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A reader's import items followed, when reading the file failed, by a problem saying so: a read
/// error ends the bytes early, and without it the rows before the error would import as if they were
/// the whole file.
struct CheckedImportItems<Items: IteratorProtocol<ReadItem>>: IteratorProtocol, Sequence {
  private var items: Items
  private let input: InputBytes
  private var finished = false

  init(_ items: Items, input: InputBytes) {
    self.items = items
    self.input = input
  }

  mutating func next() -> ReadItem? {
    guard !finished else { return nil }
    if let item = items.next() { return item }
    finished = true
    guard let failure = input.readFailure else { return nil }
    return .problem(ImportProblem(line: input.line, .readFailed(errno: failure)))
  }
}
