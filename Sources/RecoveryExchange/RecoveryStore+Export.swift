import RecoveryModel
import RecoveryStore

extension RecoveryStore {
  /// Writes the entries of `patients` that `query` matches through `writer`, patient by patient in
  /// the order given and each patient's in diary order, reading them from one snapshot of the
  /// database one at a time, so that the memory an export takes does not grow with the diary.
  ///
  /// ```swift
  /// let output = BufferedOutput(descriptor: 1, name: "standard output")
  /// var writer = CSVExportWriter(marking: false)
  /// try store.export(try store.patients(), with: &writer, to: output)
  /// try output.flush()
  /// ```
  ///
  /// - Parameters:
  ///   - patients: whose entries, in the order to write them.
  ///   - query: which entries; with `includeRemoved`, or for a writer that
  ///     ``ExportWriter/wantsRemovedEntries``, removed entries too, and the writer is told which.
  ///   - writer: lays the entries out; ``ExportWriter/begin(to:)`` and ``ExportWriter/end(to:)`` are
  ///     called too.
  ///   - output: where the bytes go; call ``BufferedOutput/flush()`` afterwards.
  /// - Returns: the number of entries written.
  @discardableResult
  public func export<Writer: ExportWriter>(
    _ patients: [Patient], matching query: EntryQuery = EntryQuery(), with writer: inout Writer,
    to output: BufferedOutput
  ) throws -> Int {
    var count = 0
    var query = query
    query.includeRemoved = query.includeRemoved || writer.wantsRemovedEntries
    try readingOneSnapshot { snapshot in
      try writer.begin(to: output)
      for patient in patients {
        try writer.prepare(patient, in: snapshot, matching: query)
        try writer.start(patient, to: output)
        try snapshot.forEachEntry(for: patient, matching: query) { entry, removed in
          try writer.add(entry, of: patient, removed: query.includeRemoved ? removed : nil, to: output)
          count += 1
        }
      }
      try writer.end(to: output)
    }
    return count
  }
}
