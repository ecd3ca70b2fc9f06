/// One page of the web app, as a document: its title, which section of the navigation it belongs to,
/// an optional notice, and its content. ``PageRenderer`` writes it as HTML.
struct Page: Sendable {
  /// The sections of the navigation bar, in order.
  enum Section: String, CaseIterable, Sendable {
    case today, treatment, questionnaires, diary, report, importing, patients

    /// The path of the section's page.
    var path: String {
      switch self {
      case .today: "/"
      case .treatment: "/treatment"
      case .questionnaires: "/questionnaires"
      case .diary: "/diary"
      case .report: "/report"
      case .importing: "/import"
      case .patients: "/patients"
      }
    }

    /// The label in the navigation bar.
    var label: String {
      switch self {
      case .today: "Today"
      case .treatment: "Treatment"
      case .questionnaires: "Questionnaires"
      case .diary: "Diary"
      case .report: "Report"
      case .importing: "Import"
      case .patients: "Patients"
      }
    }
  }

  /// A message shown above the content: what was just done, or what went wrong.
  struct Notice: Sendable {
    /// Whether the notice reports a problem.
    var isProblem: Bool
    var text: String
  }

  var title: String
  var section: Section?
  /// The patient whose diary is shown, named in the header; nil on pages about no diary.
  var patient: String?
  var notice: Notice?
  var content: [HTMLNode]
}
