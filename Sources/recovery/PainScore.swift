import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// A pain score as typed: any whole number, so that one out of range gets the model's message with the
/// range; anything else is refused with a sentence that names the range.
struct PainScore: ExpressibleByArgument {
  let value: Int

  init?(argument: String) {
    guard let value = Int(argument) else {
      let range = PainEntry.scoreRange
      RejectedArgument.message =
        "Invalid pain score \"\(argument)\": use a whole number from \(range.lowerBound) (no pain) to"
        + " \(range.upperBound) (worst imaginable)."
      return nil
    }
    self.value = value
  }
}
