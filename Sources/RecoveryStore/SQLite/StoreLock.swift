#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A non-reentrant mutual-exclusion lock that traps a re-entrant use instead of deadlocking.
///
/// The store's public methods take it once each and never call one another while holding it, as
/// GRDB's database queue does: a thread that asks for the lock it holds already (a closure given to
/// the store calling the store again) is a programming error, and stops the process with a message
/// rather than hanging or running a statement in the middle of another.
final class StoreLock: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>

  /// The message of the trap, for tests that look for it.
  static let reentrancyMessage =
    "RecoveryStore is not reentrant: a store method was called while another ran on the same thread"

  init() {
    mutex = .allocate(capacity: 1)
    var attributes = pthread_mutexattr_t()
    pthread_mutexattr_init(&attributes)
    // An error-checking mutex answers EDEADLK to the thread that holds it instead of blocking it.
    pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK))
    pthread_mutex_init(mutex, &attributes)
    pthread_mutexattr_destroy(&attributes)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` while holding the lock; traps when the calling thread holds it already.
  func withLock<T>(_ body: () throws -> T) rethrows -> T {
    let result = pthread_mutex_lock(mutex)
    // fatalError, not precondition: its message is printed in optimized builds too.
    if result == EDEADLK { fatalError(Self.reentrancyMessage) }
    precondition(result == 0, "pthread_mutex_lock failed with \(result)")
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }
}
