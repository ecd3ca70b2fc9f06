import Foundation
import Testing

extension Tag {
  /// A test that takes more than a few seconds: thousands of processes, repeated kills, or tens of
  /// thousands of generated inputs.
  @Tag package static var slow: Self
}

extension Trait where Self == ConditionTrait {
  /// Leaves a slow test out when `RECOVERY_SKIP_SLOW=1` is set, for quick local runs. CI leaves the
  /// variable unset, so every slow test runs there.
  package static var skippedWhenAskedToSkipSlowTests: Self {
    .disabled(
      if: ProcessInfo.processInfo.environment["RECOVERY_SKIP_SLOW"] == "1",
      "RECOVERY_SKIP_SLOW=1 leaves slow tests out")
  }
}
