import RecoveryModel
import Testing

/// "Did you mean" suggestions: the closest word of a vocabulary, or none when nothing is close.
struct WordMatchTests {
  @Test(arguments: [
    ("psoas", "psoas-release"),
    ("PRP", "prp"),
    ("psoas release", "psoas-release"),
    ("psoas_release", "psoas-release"),
    (" cortisone ", "cortisone"),
    ("release", "psoas-release"),
    ("cortizone", "cortisone"),
    ("psaos-release", "psoas-release"),
    ("psoasrelease", "psoas-release"),
    ("prolotheraphy", "prolotherapy"),
    ("physio", "physiotherapy"),
    ("hip", "hip-resurfacing"),
    ("cortisone-injection", "cortisone"),
  ])
  func treatmentKinds(typed: String, meant: String) {
    #expect(TreatmentKind.closest(to: typed)?.rawValue == meant)
  }

  @Test(arguments: [
    ("surgery", TreatmentKind.allCases.map(\.rawValue)),
    ("xyz", TreatmentKind.allCases.map(\.rawValue)),
    ("", TreatmentKind.allCases.map(\.rawValue)),
    ("   ", Side.allCases.map(\.rawValue)),
    ("middle", Side.allCases.map(\.rawValue)),
    ("elbow", BodyLocation.allCases.map(\.rawValue)),
    ("mri", ImageGuidance.allCases.map(\.rawValue)),
    ("half", WeightBearing.allCases.map(\.rawValue)),
    ("itching", SymptomKind.allCases.map(\.rawValue)),
    ("skateboard", WalkingAid.allCases.map(\.rawValue)),
  ])
  func nothingIsSuggestedWhenNothingIsClose(typed: String, words: [String]) {
    #expect(WordMatch.closest(to: typed, among: words) == nil)
  }

  @Test func everyVocabularySuggests() {
    #expect(Side.closest(to: "rigth") == .right)
    #expect(Side.closest(to: "Left") == .left)
    #expect(BodyLocation.closest(to: "front thigh") == .frontThigh)
    #expect(BodyLocation.closest(to: "grion") == .groin)
    #expect(Activity.closest(to: "stair") == .stairs)
    #expect(SymptomKind.closest(to: "giving way") == .givingWay)
    #expect(SymptomKind.closest(to: "trigger") == .triggerPoint)
    #expect(TriggerPoint.closest(to: "lower psoas") == .lowerPsoas)
    #expect(WalkingAid.closest(to: "crutches") == .twoCrutches)
    #expect(WalkingAid.closest(to: "crutch") == .oneCrutch)
    #expect(WeightBearing.closest(to: "PWB") == .pwb)
    #expect(ReleaseLevel.closest(to: "lesser") == .lesserTrochanter)
    #expect(SurgicalApproach.closest(to: "arthroscopy") == .arthroscopic)
    #expect(InjectionTarget.closest(to: "bursa") == .iliopsoasBursa)
    #expect(ImageGuidance.closest(to: "ultrasond") == .ultrasound)
    #expect(EntryType.closest(to: "treatments") == .treatment)
    #expect(TreatmentCategory.closest(to: "injections") == .injection)
  }

  @Test func tiesGoToTheWordListedFirst() {
    #expect(WordMatch.closest(to: "ab", among: ["abc", "abd"]) == "abc")
    #expect(WordMatch.closest(to: "xbc", among: ["abc", "xbd"]) == "abc")
  }

  @Test func aPrefixBeatsACloserSpelling() {
    // "car" is one edit from "cat" but starts "cart".
    #expect(WordMatch.closest(to: "car", among: ["cat", "cart"]) == "cart")
  }

  @Test func theEditLimitGrowsWithTheTextTyped() {
    // One edit per four letters typed, at least one.
    #expect(WordMatch.closest(to: "abcx", among: ["abcd"]) == "abcd")
    #expect(WordMatch.closest(to: "abxy", among: ["abcd"]) == nil)
    #expect(WordMatch.closest(to: "abcdefxy", among: ["abcdefgh"]) == "abcdefgh")
    #expect(WordMatch.closest(to: "abcdexyz", among: ["abcdefgh"]) == nil)
  }

  @Test func aSwapOfNeighboursIsOneEdit() {
    #expect(WordMatch.closest(to: "lfet", among: ["left", "right"]) == "left")
    // Two edits in four letters is too far.
    #expect(WordMatch.closest(to: "flet", among: ["left", "right"]) == nil)
  }
}
