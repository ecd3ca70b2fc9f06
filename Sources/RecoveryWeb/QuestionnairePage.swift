import RecoveryExchange
import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The questionnaires: HOOS JR by its items' short labels, iHOT-12 as twelve 0-100 sliders, Oxford by
/// its answers or its total. No instrument's own wording is shown: the patient answers from the
/// questionnaire they were given, and the form records the numbers.
struct QuestionnairePage {
  let forms: FormBuilder
  let today: CalendarDay

  func page(patient: String, notice: Page.Notice?) -> Page {
    var content: [HTMLNode] = [
      .tag(
        "p", [("class", "muted")],
        text: "Answer from the questionnaire you were given; the score is worked out as recovery score does.")
    ]
    content.append(.tag("h2", text: Instrument.hoosJR.label))
    content.append(
      form(
        .hoosJR,
        Instrument.hoosJRItems.enumerated().map { index, item in
          FormBuilder.select(
            "a\(index + 1)", label: "\(index + 1). \(item) (0 none to 4 extreme)",
            (0...4).map { (value: "\($0)", label: "\($0)") }, id: "hoos-\(index + 1)")
        }))
    content.append(.tag("h2", text: Instrument.ihot12.label))
    content.append(
      form(
        .ihot12,
        (1...12).map { item in
          FormBuilder.input(
            "a\(item)", label: "Item \(item) (0 to 100)", type: "range", value: "50", id: "ihot-\(item)",
            extra: [("min", "0"), ("max", "100"), ("step", "1")])
        }))
    content.append(.tag("h2", text: Instrument.oxford.label))
    content.append(
      form(
        .oxford,
        [
          FormBuilder.input(
            "total", label: "Total (0 to 48), or leave empty and give the answers", type: "number",
            id: "oxford-total", extra: [("min", "0"), ("max", "48")])
        ]
          + (1...12).map { item in
            FormBuilder.select(
              "a\(item)", label: "Answer \(item) (0 to 4)", (0...4).map { (value: "\($0)", label: "\($0)") },
              blank: "(not given)", id: "oxford-\(item)")
          }))
    return Page(
      title: "Questionnaires", section: .questionnaires, patient: patient, notice: notice, content: content)
  }

  private func form(_ instrument: Instrument, _ fields: [HTMLNode]) -> HTMLNode {
    forms.form(
      "/questionnaires",
      [
        FormBuilder.hidden("instrument", instrument.rawValue),
        FormBuilder.hidden("uid", UUID().uuidString.lowercased()),
        FormBuilder.input(
          "date", label: "Date", type: "date", value: today.description, id: "\(instrument.rawValue)-date"),
      ] + fields + [.tag("div", [("class", "actions")], [FormBuilder.submit("Save \(instrument.label)")])],
      attributes: [("aria-label", instrument.label)])
  }

  /// The entry fields of a submitted questionnaire: answers `a1`...`aN` joined in order, or the
  /// Oxford total.
  static func fields(_ form: FormFields) throws -> [EntryField: ImportedValue] {
    guard let word = form["instrument"], let instrument = Instrument(rawValue: word) else {
      throw WebError(.badRequest, "Unknown questionnaire: choose one of \(Instrument.choices).")
    }
    var fields: [EntryField: ImportedValue] = [
      .type: .text("score"), .instrument: .text(instrument.rawValue),
    ]
    if let date = form["date"] { fields[.date] = .text(date) }
    if let uid = form["uid"] { fields[.uid] = .text(uid) }
    let answers = (1...instrument.answerCount).compactMap { form["a\($0)"] }
    if instrument == .oxford, let total = form["total"] {
      fields[.score] = .text(total)
    } else if !answers.isEmpty {
      fields[.answers] = .text(answers.joined(separator: " "))
    }
    return fields
  }
}
