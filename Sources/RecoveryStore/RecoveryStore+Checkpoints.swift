internal import CSQLite

extension RecoveryStore {
  /// Moves the write-ahead log's checkpoints off the store's writes, for a process that keeps the
  /// store open and writes often, such as a web server.
  ///
  /// SQLite copies the log into the database file (a checkpoint) inside the commit that takes the
  /// log past 1,000 pages, so that one commit, and every write waiting behind it, takes several
  /// times longer than the others. After this call, commits only note the log's size; past `pages`
  /// pages, the checkpoint runs on a thread and a connection of its own, beside the writes. Should
  /// the log still reach ten times `pages`, a commit checkpoints as before. Calling it again has no
  /// effect. A command that opens the store, writes once and exits has no use for it.
  ///
  /// - Parameter pages: the log's size, in pages, that starts a checkpoint.
  public func checkpointInBackground(afterPages pages: Int = 1000) {
    serialized {
      guard checkpointer == nil else { return }
      let pages = Int32(clamping: max(1, pages))
      let checkpointer = BackgroundCheckpointer(
        path: path, pages: pages, limitPages: Int32(clamping: Int(pages) * 10))
      self.checkpointer = checkpointer
      sqlite3_wal_hook(connection.handle, walHook, Unmanaged.passUnretained(checkpointer).toOpaque())
    }
  }

  /// Removes the commit hook and waits for a checkpoint in progress.
  func stopCheckpointingInBackground() {
    guard let checkpointer else { return }
    sqlite3_wal_hook(connection.handle, nil, nil)
    checkpointer.stop()
    self.checkpointer = nil
  }
}

/// SQLite's commit hook for a store checkpointing in the background: `context` is the store's
/// ``BackgroundCheckpointer``, which the store keeps until it removes the hook.
private func walHook(
  context: UnsafeMutableRawPointer?, writer: OpaquePointer?, database: UnsafePointer<CChar>?, logPages: Int32
) -> Int32 {
  guard let context, let writer else { return SQLITE_OK }
  Unmanaged<BackgroundCheckpointer>.fromOpaque(context).takeUnretainedValue()
    .committed(logPages: logPages, writer: writer)
  return SQLITE_OK
}
