import RecoveryExchange
import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The treatment form: the kinds, sides and details of `recovery treatment`, by their labels.
struct TreatmentPage {
  let forms: FormBuilder
  let today: CalendarDay

  func page(patient: String, notice: Page.Notice?) -> Page {
    let controls = EntryControls(type: .treatment, idPrefix: "treatment")
    let content: [HTMLNode] = [
      forms.form(
        "/entries",
        [
          FormBuilder.hidden("type", "treatment"), FormBuilder.hidden("uid", UUID().uuidString.lowercased()),
          FormBuilder.hidden("return", "/treatment"),
          controls.control(.kind), controls.control(.date, value: today.description), controls.control(.side),
          .tag("h2", text: "Details (only those that apply)"),
        ]
          + [
            EntryField.name, .level, .approach, .target, .guidance, .agent, .dose, .round, .provider,
            .finding, .note,
          ]
          .map { controls.control($0) }
          + [.tag("div", [("class", "actions")], [FormBuilder.submit("Log treatment")])])
    ]
    return Page(
      title: "Log a treatment", section: .treatment, patient: patient, notice: notice, content: content)
  }
}
