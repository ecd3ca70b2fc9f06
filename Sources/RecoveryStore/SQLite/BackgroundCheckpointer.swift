internal import CSQLite
import Dispatch
import Synchronization

/// Copies a connection's write-ahead log into the database file on a connection and thread of its
/// own, so that the writer's commits never wait for a checkpoint.
///
/// SQLite's automatic checkpoint runs inside the commit that takes the log past its limit: that
/// commit writes the log's pages into the database file and syncs it, and every write waiting behind
/// it waits too. Here the writer's commit hook only notes the log's size; past `pages`, a passive
/// checkpoint runs on the checkpointer's queue, beside the writer (a passive checkpoint never blocks
/// a writer or a reader, and copies what no reader still needs). Should the log still grow to
/// `limitPages` (a reader holding an old snapshot, say), the writer checkpoints itself, as SQLite
/// would have. See https://www.sqlite.org/wal.html#ckpt.
final class BackgroundCheckpointer: @unchecked Sendable {
  let path: String
  let pages: Int32
  let limitPages: Int32
  /// Where checkpoints run, one at a time.
  private let queue = DispatchQueue(label: "recovery.store.checkpoint")
  /// Opened on first use; used only on `queue`.
  private var connection: Connection?
  /// Whether a checkpoint is queued and has not started yet.
  private let scheduled = Mutex(false)

  init(path: String, pages: Int32, limitPages: Int32) {
    self.path = path
    self.pages = pages
    self.limitPages = limitPages
  }

  /// Called by the writer after each commit with the log's size in pages.
  func committed(logPages: Int32, writer: OpaquePointer) {
    if logPages >= limitPages {
      sqlite3_wal_checkpoint_v2(writer, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
      return
    }
    guard logPages >= pages else { return }
    let starts = scheduled.withLock { scheduled in
      if scheduled { return false }
      scheduled = true
      return true
    }
    guard starts else { return }
    queue.async { [self] in
      scheduled.withLock { $0 = false }
      checkpoint()
    }
  }

  /// Waits for a checkpoint in progress, then closes the checkpointer's connection.
  func stop() {
    queue.sync { connection = nil }
  }

  private func checkpoint() {
    if connection == nil {
      connection = try? Connection(path: path, create: false)
    }
    guard let connection else { return }
    sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
  }
}
