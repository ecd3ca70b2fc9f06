import ArgumentParser
import RecoveryCommandLine
import RecoveryExchange
import RecoveryModel

// The model's vocabularies are closed lists, so the parser lists their words in help and errors.
extension Side: ExpressibleByArgument {}
extension BodyLocation: ExpressibleByArgument {}
extension Activity: ExpressibleByArgument {}
extension ReleaseLevel: ExpressibleByArgument {}
extension SurgicalApproach: ExpressibleByArgument {}
extension InjectionTarget: ExpressibleByArgument {}
extension ImageGuidance: ExpressibleByArgument {}
extension TriggerPoint: ExpressibleByArgument {}
extension WalkingAid: ExpressibleByArgument {}
extension WeightBearing: ExpressibleByArgument {}
extension EntryType: ExpressibleByArgument {}
extension SymptomKind: ExpressibleByArgument {}
extension TreatmentKind: ExpressibleByArgument {}
extension EntryKind: ExpressibleByArgument {}
extension Instrument: ExpressibleByArgument {}
extension MilestoneKind: ExpressibleByArgument {}
extension DateOrder: ExpressibleByArgument {}
extension ImportFormat: ExpressibleByArgument {}
extension TargetKind: ExpressibleByArgument {}
extension Drug: ExpressibleByArgument {}

// The parser's defaults reflect over key paths at start-up for every vocabulary option (about an
// eighth of `recovery pain`'s instructions); the words are known, so say them directly.
extension Vocabulary where Self: ExpressibleByArgument {
  /// The word in any case, or nil after noting it in ``UnknownWord/lastRejected`` so that the error
  /// line can suggest the closest valid word.
  public init?(argument: String) {
    guard let value = Self(rawValue: argument) ?? Self(rawValue: argument.lowercased()) else {
      UnknownWord.lastRejected = UnknownWord(Self.self, value: argument)
      return nil
    }
    self = value
  }

  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public static var allValueDescriptions: [String: String] { [:] }
  public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
