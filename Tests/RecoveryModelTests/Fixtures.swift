import RecoveryModel
import RecoveryTestSupport

/// Small builders for hand-made histories, so each test reads as its dates and scores.
enum Fixture {
  static func day(_ text: String) -> CalendarDay {
    TestCalendar.day(text)
  }

  static func pain(
    _ date: String, _ score: Int, location: BodyLocation = .groin, side: Side = .right
  ) -> PainEntry {
    PainEntry(day: day(date), score: score, location: location, side: side)
  }

  /// One groin pain entry a day on consecutive days from `start`.
  static func pain(from start: CalendarDay, _ scores: [Int]) -> [PainEntry] {
    scores.enumerated().map { offset, score in
      PainEntry(day: start.adding(days: offset), score: score, location: .groin, side: .right)
    }
  }

  static func treatment(
    _ kind: TreatmentKind, _ date: String, side: Side? = .right, id: Int? = nil, round: Int? = nil
  ) -> Treatment {
    Treatment(id: id, day: day(date), kind: kind, side: side, round: round)
  }

  static func symptom(_ kind: SymptomKind, _ date: String, count: Int? = nil) -> SymptomEntry {
    SymptomEntry(day: day(date), kind: kind, count: count, point: kind == .triggerPoint ? .iliacus : nil)
  }

  static func report(
    _ history: History, asOf: String, since: String? = nil, until: String? = nil,
    location: BodyLocation? = nil, side: Side? = nil, windows: ResponseWindows = .standard
  ) throws -> Report {
    try Report.make(
      history: history, asOf: day(asOf), since: since.map(day), until: until.map(day),
      location: location, side: side, windows: windows)
  }
}

/// Whether two numbers agree to well within display rounding.
func close(_ lhs: Double?, _ rhs: Double?) -> Bool {
  switch (lhs, rhs) {
  case (nil, nil): true
  case (let lhs?, let rhs?): abs(lhs - rhs) < 1e-9
  default: false
  }
}
