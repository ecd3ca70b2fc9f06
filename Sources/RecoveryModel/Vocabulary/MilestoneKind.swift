/// A recovery milestone a patient records the day it is reached.
///
/// Coming off crutches is not among them: it is read from the walking-aid periods.
public enum MilestoneKind: String, Vocabulary {
  case fullWeightBearing = "full-weight-bearing"
  case walkWithoutAid = "walk-without-aid"
  case stairsNormally = "stairs-normally"
  case drive
  case returnToWork = "return-to-work"
  case sleepOnSide = "sleep-on-side"
  case returnToSport = "return-to-sport"
  case painFreeDay = "pain-free-day"

  public static var vocabularyName: String { "milestone" }
}
