import Foundation
import Testing

/// The seed of a test that draws random inputs, and how to replay it.
///
/// `RECOVERY_TEST_SEED=N` replaces every test's seed with N, so that a failure replays exactly:
/// `RECOVERY_TEST_SEED=N swift test --filter TheFailingTest`. The seed is printed with the test's name
/// as soon as the test picks it, so that even a run that crashes or never ends shows it, and its
/// description, which every failure message of a seeded test includes, says how to replay it.
package struct TestSeed: Sendable, CustomStringConvertible {
  /// The seed's value.
  package let value: UInt64

  /// The name of the variable that replays a seed.
  package static let variable = "RECOVERY_TEST_SEED"

  /// `RECOVERY_TEST_SEED` when set, else `fixed`: the same inputs on every run. Prints it.
  package static func fixed(_ fixed: UInt64) -> TestSeed {
    announced(TestSeed(value: replayed ?? fixed))
  }

  /// `RECOVERY_TEST_SEED` when set, else a new random seed: other inputs on every run. Prints it.
  package static func random() -> TestSeed {
    announced(TestSeed(value: replayed ?? UInt64.random(in: 0...UInt64.max)))
  }

  private static func announced(_ seed: TestSeed) -> TestSeed {
    print("\(Test.current?.name ?? "a test") uses \(seed)")
    return seed
  }

  private static var replayed: UInt64? {
    ProcessInfo.processInfo.environment[variable].flatMap { UInt64($0) }
  }

  package var description: String {
    "seed \(value) (replay with \(Self.variable)=\(value))"
  }
}
