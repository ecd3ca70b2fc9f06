import ArgumentParser
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
extension RecordType: ExpressibleByArgument {}
extension SymptomKind: ExpressibleByArgument {}
extension TreatmentKind: ExpressibleByArgument {}
