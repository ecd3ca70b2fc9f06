import RecoveryModel

extension RecoveryStore {
  /// Visits `patient`'s entries matching `query` one at a time, in diary order (day, time, id), the
  /// order ``entries(for:matching:)`` returns them in, without loading them all.
  ///
  /// Each entry type is read through its own SQLite cursor and the four are merged as they go, so
  /// memory stays the same for ten entries or ten million. The visit runs in one read transaction:
  /// it sees the diary as it was when it began, while other processes may go on writing.
  ///
  /// ```swift
  /// try store.forEachEntry(for: me, matching: EntryQuery(from: CalendarDay("2024-01-01"))) { entry, _ in
  ///   print(entry.day, entry.type)
  /// }
  /// ```
  ///
  /// - Parameters:
  ///   - patient: whose entries.
  ///   - query: which entries; with `includeRemoved`, removed entries come in their last version.
  ///   - body: called with each entry and whether it was removed. It runs during the call and must
  ///     not call the store (the store traps a re-entrant call); an error it throws ends the visit and
  ///     is rethrown.
  /// - Throws: ``StoreError`` when the database cannot be read, or what `body` throws.
  public func forEachEntry(
    for patient: Patient, matching query: EntryQuery = EntryQuery(),
    _ body: (_ entry: DiaryEntry, _ removed: Bool) throws -> Void
  ) throws {
    try translatingErrors { try visitEntries(for: patient, matching: query, body) }
  }

  /// ``forEachEntry(for:matching:_:)`` for a caller that holds the lock.
  func visitEntries(
    for patient: Patient, matching query: EntryQuery,
    _ body: (_ entry: DiaryEntry, _ removed: Bool) throws -> Void
  ) throws {
    try connection.readTransaction {
      try withSmallPageCache {
        var cursors = try EntryType.allCases.filter(query.includes).map {
          try EntryCursor($0, patientID: patient.id, query: query, connection: connection)
        }
        cursors.removeAll { $0.current == nil }
        while !cursors.isEmpty {
          // At most four cursors: a linear scan for the earliest is as fast as a heap.
          var earliest = 0
          for index in cursors.indices.dropFirst()
          where DiaryEntry.diaryOrder(cursors[index].current!.entry, cursors[earliest].current!.entry) {
            earliest = index
          }
          let cursor = cursors[earliest]
          let (entry, removed) = cursor.current!
          try body(entry, removed)
          try cursor.advance()
          if cursor.current == nil { cursors.remove(at: earliest) }
        }
      }
    }
  }

  /// Runs `body` in one read transaction, so that every read through the ``StoreSnapshot`` it gets
  /// sees the same diary, even while other processes write: for example every patient's entries in
  /// one export. `body` reads through the snapshot, not the store: the store is busy until it returns.
  ///
  /// ```swift
  /// let names = try store.readingOneSnapshot { snapshot in try snapshot.patients().map(\.name) }
  /// ```
  ///
  /// - Throws: ``StoreError`` when the database cannot be read, or what `body` throws.
  public func readingOneSnapshot<T>(_ body: (StoreSnapshot) throws -> T) throws -> T {
    try translatingErrors {
      try connection.readTransaction { try body(StoreSnapshot(store: self)) }
    }
  }

  /// Runs `body` with SQLite's page cache at its default size, then restores the store's.
  ///
  /// The store asks for a cache of up to 64 MiB, which helps writes that revisit index pages; a visit
  /// of every entry reads each page once, so a large cache would only keep pages that are not read
  /// again, and a million entries would then cost 64 MiB of memory for nothing.
  /// See https://www.sqlite.org/pragma.html#pragma_cache_size.
  private func withSmallPageCache<T>(_ body: () throws -> T) throws -> T {
    let saved = try connection.scalarInt("PRAGMA cache_size") ?? -2000
    try connection.execute("PRAGMA cache_size = -2000")
    defer { try? connection.execute("PRAGMA cache_size = \(saved)") }
    return try body()
  }
}
