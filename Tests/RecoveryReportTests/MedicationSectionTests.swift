import RecoveryModel
import RecoveryReport
import Testing

/// The medication section and the co-intervention beside the confounders, in every format.
struct MedicationSectionTests {
  static let surgery = Treatment(day: CalendarDay("2024-10-28")!, kind: .psoasRelease, side: .right)

  /// Pain every day around the surgery, falling from 6 to 2, while oxycodone is taken from the surgery on.
  static func document(medications: [MedicationEntry]) throws -> ReportDocument {
    let start = surgery.day.adding(days: -40)
    let pain = (0..<120).map { offset in
      let day = start.adding(days: offset)
      return PainEntry(day: day, score: day < surgery.day ? 6 : 2, side: .right)
    }
    let report = try Report.make(
      history: History(treatments: [surgery], pain: pain, medications: medications),
      asOf: start.adding(days: 119))
    return ReportDocument(report)
  }

  /// The text with every run of white space one space, so that wrapping does not matter.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static let oxycodone = MedicationEntry(
    drug: .oxycodone, day: surgery.day, isCourse: true, to: surgery.day.adding(days: 19), dose: 10, times: 2)

  @Test func theSectionShowsClassesMMEAndTheOpioidFreeDay() throws {
    let document = try Self.document(medications: [Self.oxycodone])
    let section = try #require(document.sections.first { $0.id == .medications })
    #expect(section.title == "Medications")
    for rendered in [
      TextRenderer().render(document), MarkdownRenderer().render(document),
      HTMLRenderer().render(document).replacing(/<[^>]+>/, with: ""),
    ] {
      let text = Self.oneLine(rendered)
      #expect(text.contains("opioid-free from day 19 (last opioid 2024-11-15)"))
      #expect(text.contains("highest 30.0 on 2024-10-28"))
      #expect(text.contains("never dosing advice"))
    }
  }

  @Test func aChangeOfPainkillersIsListedBesideTheConfoundersAndNotesTheVerdict() throws {
    let text = Self.oneLine(TextRenderer().render(try Self.document(medications: [Self.oxycodone])))
    #expect(
      text.contains("or a change of painkillers: the pain change cannot be put down to the treatment alone"))
    #expect(text.contains("opioids up (mean 0.0 to"))
    #expect(text.contains("painkillers changed, so not the treatment's alone"))
    let without = TextRenderer().render(try Self.document(medications: []))
    #expect(!without.contains("painkillers"))
    #expect(!without.contains("Medications"))
  }

  @Test func theChartHasABarADayOfOpioidsAndAStripForEachStretchOfEachClass() throws {
    // Oxycodone for 19 days from the surgery (the course's end day is its first day without); ibuprofen
    // on two separate stretches of days.
    let ibuprofen = [
      MedicationEntry(
        drug: .ibuprofen, day: Self.surgery.day.adding(days: -10), isCourse: true,
        to: Self.surgery.day.adding(days: -8), dose: 400, times: 3),
      MedicationEntry(drug: .ibuprofen, day: Self.surgery.day.adding(days: 30), dose: 400),
    ]
    let document = try Self.document(medications: [Self.oxycodone] + ibuprofen)
    let section = try #require(document.sections.first { $0.id == .medications })
    let charts = section.blocks.compactMap { block -> ReportDocument.Chart? in
      if case .chart(let chart) = block { chart } else { nil }
    }
    let chart = try #require(charts.first)
    #expect(charts.count == 1)
    let mme = try #require(chart.series.first)
    #expect(mme.style == .spikes)
    #expect(mme.points.count == 19)
    #expect(mme.points.allSatisfy { $0.value == 30 })
    #expect(chart.maximum == 40)
    let strips = chart.bands.map { band -> String in
      guard case .drugClass(let drugClass) = band.kind else { return "other" }
      return "\(drugClass.rawValue) \(band.from)..<\(band.until)"
    }
    #expect(
      strips == [
        "nsaid 2024-10-18..<2024-10-20", "nsaid 2024-11-27..<2024-11-28", "opioid 2024-10-28..<2024-11-16",
      ])
    // Drawn as a bar a day and a strip a stretch, each lane named, in HTML only.
    let html = HTMLRenderer().render(document)
    #expect(html.matches(of: /class="spike"/).count == 19)
    #expect(html.matches(of: /class="drug"/).count == 3)
    #expect(html.contains(">NSAID</text>"))
    #expect(html.contains("strips under the months: days on each drug class"))
    for text in [TextRenderer().render(document), MarkdownRenderer().render(document)] {
      #expect(!text.contains("under the months"))
      #expect(text.contains("highest 30.0 on 2024-10-28"))
    }
  }

  @Test func theEffectSentenceNamesThePainkillersItAllowedFor() throws {
    // Oxycodone on every other day of the follow-up, with pain 3 points lower on those days.
    let start = Self.surgery.day.adding(days: -60)
    let injection = Treatment(day: Self.surgery.day, kind: .cortisone, side: .right)
    let doses = stride(from: 10, through: 60, by: 2).map {
      MedicationEntry(drug: .oxycodone, day: injection.day.adding(days: $0), dose: 5, times: 2)
    }
    let pain = (0...120).map { offset in
      let day = start.adding(days: offset)
      let relieved = doses.contains { $0.day == day }
      return PainEntry(day: day, score: (relieved ? 3 : 6) + offset % 3 - 1, side: .right)
    }
    let report = try Report.make(
      history: History(treatments: [injection], pain: pain, medications: doses), asOf: start.adding(days: 120)
    )
    let effect = try #require(report.responses.first?.effect)
    #expect(effect.adjustedFor.map(\.covariate) == [.opioidMME])
    let text = Self.oneLine(TextRenderer().render(ReportDocument(report)))
    #expect(text.contains("and for the painkillers taken day by day (opioids -"))
    #expect(text.contains("points per 10 MME a day, 95% interval"))
  }

  @Test func theCohortShowsDaysToOpioidFreeAndTheShareAtSixWeeks() throws {
    let outcome = Cohort.OpioidOutcome(
      kind: .psoasRelease, daysToOpioidFree: Spread([10, 20, 50]), stillOnOpioids: 1, patients: 4,
      followedSixWeeks: 4, onOpioidsAtSixWeeks: 2)
    let cohort = Cohort(
      asOf: CalendarDay("2025-01-31")!, since: nil, until: nil, kinds: nil, windows: .standard, patients: 4,
      patientsWithoutEntries: 0, withoutEntries: [], treatments: [], crutchDays: [], opioids: [outcome])
    let text = Self.oneLine(TextRenderer().render(ReportDocument(cohort)))
    #expect(text.contains("COMING OFF OPIOIDS AFTER SURGERY"))
    #expect(text.contains("Psoas release 3 20 15 to 35 1 2 of 4 (50%)"))
  }
}
