import RecoveryExchange
import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The Today page: pain in three taps (place, side, score), a symptom, the crutches, a medication
/// dose, and what was logged today with an undo button.
struct TodayPage {
  let forms: FormBuilder
  let today: CalendarDay
  let entries: [DiaryEntry]
  /// The walking aids in use (open periods).
  let openAids: [WalkingAid]

  func page(patient: String, notice: Page.Notice?) -> Page {
    let pain = EntryControls(type: .pain, idPrefix: "pain")
    let symptom = EntryControls(type: .symptom, idPrefix: "symptom")
    let medication = EntryControls(type: .medication, idPrefix: "medication")
    var content: [HTMLNode] = []
    content.append(.tag("h2", text: "Pain"))
    content.append(
      forms.form(
        "/entries",
        [
          Self.newEntry("pain", on: today),
          FormBuilder.choices(
            "location", legend: pain.label(.location), pain.words(.location) ?? [], idPrefix: "location"),
          FormBuilder.choices("side", legend: pain.label(.side), pain.words(.side) ?? [], idPrefix: "side"),
          .tag(
            "fieldset", [],
            [
              .tag("legend", text: "How bad: 0 no pain, 10 worst imaginable (saves at once)"),
              .tag(
                "div", [("class", "scores")],
                (0...10).map { score in
                  .tag(
                    "button",
                    [
                      ("type", "submit"), ("name", "score"), ("value", "\(score)"),
                      ("aria-label", "Pain \(score)"),
                    ],
                    text: "\(score)")
                }),
            ]),
        ], attributes: [("aria-label", "Log pain")]))
    content.append(.tag("h2", text: "Symptom"))
    content.append(
      forms.form(
        "/entries",
        [
          Self.newEntry("symptom", on: today),
          .tag(
            "div", [("class", "row")],
            [
              // A trigger point is logged with the point it is about, which this form does not ask.
              symptom.control(.kind, value: "catching", excluding: ["trigger-point"]),
              symptom.control(.count, value: "1"),
            ]),
          .tag("div", [("class", "actions")], [FormBuilder.submit("Log symptom")]),
        ]))
    content.append(.tag("h2", text: "Crutches"))
    if openAids.isEmpty {
      content.append(
        forms.form(
          "/entries",
          [
            Self.newEntry("aid", from: today),
            EntryControls(type: .aid, idPrefix: "aid").control(.aid, value: "two-crutches"),
            .tag("div", [("class", "actions")], [FormBuilder.submit("Start using it today")]),
          ]))
    } else {
      for aid in openAids {
        content.append(
          forms.form(
            "/aid/stop",
            [
              FormBuilder.hidden("aid", aid.rawValue),
              .tag("p", text: "In use: \(aid.label)."),
              .tag("div", [("class", "actions")], [FormBuilder.submit("Stop using \(aid.label) today")]),
            ]))
      }
    }
    content.append(.tag("h2", text: "Medication"))
    content.append(
      forms.form(
        "/entries",
        [
          Self.newEntry("medication", on: today),
          .tag(
            "div", [("class", "row")],
            [
              medication.control(.drug), medication.control(.dose), medication.control(.times, value: "1"),
            ]),
          .tag("div", [("class", "actions")], [FormBuilder.submit("Log dose")]),
        ]))
    content.append(.tag("h2", text: "Logged today"))
    if entries.isEmpty {
      content.append(.tag("p", [("class", "muted")], text: "Nothing yet today."))
    } else {
      content.append(
        .tag("ul", [("id", "today-entries")], entries.map { .tag("li", text: EntryDescription.line($0)) }))
    }
    content.append(
      forms.form(
        "/undo",
        [FormBuilder.hidden("return", "/"), FormBuilder.submit("Undo the last change", secondary: true)]))
    return Page(title: "Today, \(today)", section: .today, patient: patient, notice: notice, content: content)
  }

  /// The hidden fields every form of the page starts with: the entry's type, its day (in `date`, or
  /// in `from` for a period), a uid made now (so that sending the form twice adds it once), and the
  /// way back here.
  private static func newEntry(_ type: String, on day: CalendarDay) -> HTMLNode {
    newEntry(type, dayField: "date", day)
  }

  private static func newEntry(_ type: String, from day: CalendarDay) -> HTMLNode {
    newEntry(type, dayField: "from", day)
  }

  private static func newEntry(_ type: String, dayField: String, _ day: CalendarDay) -> HTMLNode {
    .fragment([
      FormBuilder.hidden("type", type), FormBuilder.hidden(dayField, day.description),
      FormBuilder.hidden("uid", UUID().uuidString.lowercased()), FormBuilder.hidden("return", "/"),
    ])
  }
}
