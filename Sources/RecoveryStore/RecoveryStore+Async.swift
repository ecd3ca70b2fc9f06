extension RecoveryStore {
  /// Runs `body` with the store on the store's own serial dispatch queue and returns its result, for
  /// async code such as a web server's request handlers.
  ///
  /// SQLite's calls block (a write waits up to the busy timeout for another process's lock, and
  /// `fsync`s the file); run on Swift's cooperative thread pool, which has one thread per core, a few
  /// such calls would stall every other task. Here they wait on the store's queue instead, one at a
  /// time, and the awaiting task is suspended, not blocked. `body` runs to its end even when the task
  /// is cancelled, so a write in progress is finished, never cut short.
  ///
  /// ```swift
  /// let saved = try await store.perform { store in
  ///   try store.add(.pain(PainEntry(day: .today(), score: 4)), for: try store.defaultPatient())
  /// }
  /// ```
  ///
  /// - Parameter body: the calls to make; it must not call ``perform(_:)`` itself and wait for it.
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws.
  public func perform<T: Sendable>(_ body: @escaping @Sendable (RecoveryStore) throws -> T) async throws -> T
  {
    try await withCheckedThrowingContinuation { continuation in
      queue.async { continuation.resume(with: Result { try body(self) }) }
    }
  }
}
