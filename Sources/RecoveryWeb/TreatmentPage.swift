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
    let blank = "(not given)"
    let content: [HTMLNode] = [
      forms.form(
        "/entries",
        [
          FormBuilder.hidden("type", "treatment"), FormBuilder.hidden("uid", UUID().uuidString.lowercased()),
          FormBuilder.hidden("return", "/treatment"),
          FormBuilder.select(
            "kind", label: "Treatment", FormBuilder.options(TreatmentKind.self), id: "treatment-kind"),
          FormBuilder.input(
            "date", label: "Date", type: "date", value: today.description, id: "treatment-date"),
          FormBuilder.select(
            "side", label: "Side", FormBuilder.options(Side.self), blank: blank, id: "treatment-side"),
          .tag("h2", text: "Details (only those that apply)"),
          FormBuilder.input("name", label: "Name (for other)", id: "treatment-name"),
          FormBuilder.select(
            "level", label: "Release level (psoas release)", FormBuilder.options(ReleaseLevel.self),
            blank: blank,
            id: "treatment-level"),
          FormBuilder.select(
            "approach", label: "Approach (surgery)", FormBuilder.options(SurgicalApproach.self), blank: blank,
            id: "treatment-approach"),
          FormBuilder.select(
            "target", label: "Injection target", FormBuilder.options(InjectionTarget.self), blank: blank,
            id: "treatment-target"),
          FormBuilder.select(
            "guidance", label: "Image guidance (injection)", FormBuilder.options(ImageGuidance.self),
            blank: blank,
            id: "treatment-guidance"),
          FormBuilder.input("agent", label: "Agent", id: "treatment-agent"),
          FormBuilder.input("dose", label: "Dose", id: "treatment-dose"),
          FormBuilder.input(
            "round", label: "Round", type: "number", id: "treatment-round",
            extra: [("min", "1"), ("max", "100")]),
          FormBuilder.input("provider", label: "Provider", id: "treatment-provider"),
          FormBuilder.input("finding", label: "Finding", id: "treatment-finding"),
          FormBuilder.input("note", label: "Note", id: "treatment-note"),
          .tag("div", [("class", "actions")], [FormBuilder.submit("Log treatment")]),
        ])
    ]
    return Page(
      title: "Log a treatment", section: .treatment, patient: patient, notice: notice, content: content)
  }
}
