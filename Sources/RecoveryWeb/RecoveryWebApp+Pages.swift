import Hummingbird
import RecoveryExchange
import RecoveryModel
import RecoveryReport
import RecoveryStore

/// The pages: Today, Treatment, Questionnaires, Diary (and each entry), Report, Import, Patients.
/// A form that changes something posts, and is answered with a redirect to a page that says what
/// was done (post/redirect/get), or with a page naming the problem when nothing was written.
extension RecoveryWebApp {
  var forms: FormBuilder { FormBuilder(formToken: state.formToken) }

  func addPageRoutes(to router: Router<BasicRequestContext>) {
    router.get("/") { request, _ in
      let patient = try await patient(for: request)
      let today = CalendarDay.today()
      let (entries, aids) = try await store.perform { store in
        let entries = try store.entries(for: patient, matching: EntryQuery(from: today, through: today))
        let open = try store.entries(for: patient, matching: EntryQuery(types: [.aid])).compactMap {
          entry -> WalkingAid? in
          if case .aid(let period) = entry, period.isOpen { return period.aid }
          return nil
        }
        return (entries, open)
      }
      let page = TodayPage(forms: forms, today: today, entries: entries, openAids: aids)
      return try html(page.page(patient: patient.name, notice: Self.notice(request)))
    }
    router.post("/entries") { request, _ in
      let form = try await FormFields.body(of: request)
      var fields: [EntryField: ImportedValue] = [:]
      for (key, value) in form.values where !value.isEmpty {
        if let field = EntryField(rawValue: key) { fields[field] = .text(value) }
      }
      return try await addEntry(fields, request: request, returning: Self.returnPath(form["return"]))
    }
    router.post("/questionnaires") { request, _ in
      let form = try await FormFields.body(of: request)
      return try await addEntry(
        QuestionnairePage.fields(form), request: request, returning: "/questionnaires")
    }
    router.post("/aid/stop") { request, _ in
      let form = try await FormFields.body(of: request)
      guard let word = form["aid"], let aid = WalkingAid(rawValue: word) else {
        throw WebError(.badRequest, "Unknown walking aid: choose one of \(WalkingAid.choices).")
      }
      let patient = try await patient(for: request)
      let period = try await writing { store in try store.stopAid(aid, on: .today(), for: patient) }
      return Self.redirect("/", notice: "Stopped: \(EntryDescription.line(.aid(period))).")
    }
    router.post("/undo") { request, _ in
      let form = try await FormFields.body(of: request)
      let patient = try await patient(for: request)
      let undone = try await writing { store in try store.undo(for: patient) }
      let what = undone.entry.map { EntryDescription.line($0) } ?? "entries \(undone.ids)"
      return Self.redirect(
        Self.returnPath(form["return"]), notice: "Undid the \(undone.action.rawValue) of \(what).")
    }
    router.get("/treatment") { request, _ in
      let patient = try await patient(for: request)
      return try html(
        TreatmentPage(forms: forms, today: .today()).page(patient: patient.name, notice: Self.notice(request))
      )
    }
    router.get("/questionnaires") { request, _ in
      let patient = try await patient(for: request)
      return try html(
        QuestionnairePage(forms: forms, today: .today()).page(
          patient: patient.name, notice: Self.notice(request)))
    }
    addDiaryRoutes(to: router)
    addReportRoutes(to: router)
    addImportRoutes(to: router)
    addPatientRoutes(to: router)
  }

  private func addDiaryRoutes(to router: Router<BasicRequestContext>) {
    router.get("/diary") { request, _ in
      let filter = try EntryFilter(try FormFields(query: request), today: .today())
      let patient = try await patient(for: request)
      let entries = try await reading { store in try store.entries(for: patient, matching: filter.query) }
      return try html(
        DiaryPage(forms: forms, entries: entries, filter: filter).page(
          patient: patient.name, notice: Self.notice(request)))
    }
    router.get("/diary/{id}") { request, context in
      let id = try context.parameters.require("id", as: Int.self)
      let patient = try await patient(for: request)
      let (entry, history) = try await reading { store in
        (try store.entry(id: id, for: patient), try store.history(id: id, for: patient))
      }
      return try html(
        EntryPage(forms: forms, entry: entry, history: history, patient: patient.name).page(
          notice: Self.notice(request)))
    }
    router.post("/diary/{id}/edit") { request, context in
      let id = try context.parameters.require("id", as: Int.self)
      let form = try await FormFields.body(of: request)
      let patient = try await patient(for: request)
      let after: DiaryEntry
      do {
        after = try await edited(id: id, form: form, patient: patient)
      } catch let refusal as WebError where refusal.status == .badRequest {
        // The form again with what was sent and what is wrong with it; nothing was written.
        let (entry, history) = try await reading { store in
          (try store.entry(id: id, for: patient), try store.history(id: id, for: patient))
        }
        let page = EntryPage(forms: forms, entry: entry, history: history, patient: patient.name).page(
          notice: Page.Notice(isProblem: true, text: refusal.message), values: form.values)
        return try html(page, status: .badRequest)
      }
      return Self.redirect("/diary/\(id)", notice: "Saved: \(EntryDescription.line(after)).")
    }
    router.post("/diary/{id}/remove") { request, context in
      let id = try context.parameters.require("id", as: Int.self)
      let form = try await FormFields.body(of: request)
      let patient = try await patient(for: request)
      let removed = try await writing { store in
        try store.remove(id: id, for: patient, reason: form["reason"])
      }
      return Self.redirect(
        "/diary", notice: "Removed #\(id): \(EntryDescription.line(removed)). Undo brings it back.")
    }
  }

  /// Replaces entry `id` by what the edit form sent: the fields it shows as sent (an empty one left
  /// out), those that identify the entry as they are.
  /// - Throws: ``WebError`` 400 with the command line's sentence when the fields make no valid entry.
  private func edited(id: Int, form: FormFields, patient: Patient) async throws -> DiaryEntry {
    let services = self.services
    return try await writing { store in
      let current = try store.entry(id: id, for: patient)
      var fields: [EntryField: ImportedValue] = [:]
      for (key, value) in EntryPage.cells(of: current, patient: patient.name)
      where EntryPage.fixedFields.contains(key) && !value.isEmpty {
        if let field = EntryField(rawValue: key) { fields[field] = .text(value) }
      }
      for (key, value) in form.values where !EntryPage.fixedFields.contains(key) && !value.isEmpty {
        if let field = EntryField(rawValue: key) { fields[field] = .text(value) }
      }
      let edited: DiaryEntry
      do {
        edited = try ImportedEntry(fields: fields).entry
      } catch let error as EntryReadError {
        throw WebError(.badRequest, EntryIntake.sentence(services.importProblem(.unreadable(error))))
      }
      return try store.edit(id: id, for: patient) { entry in
        var replaced = edited
        replaced.id = entry.id
        entry = replaced
      }.after
    }
  }

  private func addPatientRoutes(to router: Router<BasicRequestContext>) {
    router.get("/patients") { request, _ in
      let current = try await patient(for: request)
      let patients = try await reading { store in try store.patients() }
      var content: [HTMLNode] = [
        forms.form(
          "/patients/choose",
          [
            FormBuilder.choices(
              "uid", legend: "Whose diary",
              patients.map { (value: $0.uid.uuidString.lowercased(), label: $0.name) },
              selected: current.uid.uuidString.lowercased(), idPrefix: "patient"),
            .tag("div", [("class", "actions")], [FormBuilder.submit("Open this diary")]),
          ])
      ]
      if patients.count > 1 {
        content.append(.tag("h2", text: "Clinic view"))
        content.append(
          .tag(
            "p", [],
            [.tag("a", [("href", "/cohort")], text: "What helped across all \(patients.count) patients")]))
      }
      return try html(
        Page(
          title: "Patients", section: .patients, patient: current.name, notice: Self.notice(request),
          content: content))
    }
    router.post("/patients/choose") { request, _ in
      let form = try await FormFields.body(of: request)
      let patients = try await reading { store in try store.patients() }
      guard let uid = form["uid"],
        let chosen = patients.first(where: { $0.uid.uuidString.lowercased() == uid })
      else {
        throw WebError(.badRequest, "There is no such patient: choose one on the Patients page.")
      }
      var response = Self.redirect("/", notice: "Showing the diary of \(chosen.name).")
      response.setCookie(
        Cookie(name: Self.patientCookie, value: uid, path: "/", httpOnly: true, sameSite: .strict))
      return response
    }
    router.get("/cohort") { request, _ in
      let choice = try ReportChoice(try FormFields(query: request), today: .today())
      let cohort = try await reading { store in
        var builder = try CohortBuilder(
          asOf: choice.asOf, since: choice.since, until: choice.until, kinds: nil)
        for patient in try store.patients() {
          builder.add(patient: patient.name, history: try store.history(for: patient))
        }
        return builder.cohort()
      }
      return ErrorRenderer.html(Self.withBackLink(HTMLRenderer().render(ReportDocument(cohort))))
    }
  }

  // MARK: Helpers

  /// Adds an entry from a form and sends the browser back to `path` saying what was logged.
  func addEntry(
    _ fields: [EntryField: ImportedValue], request: Request, returning path: String
  ) async throws
    -> Response
  {
    let choice = patientChoice(for: request)
    let outcome = try await EntryIntake(services: services, batcher: batcher).add(fields, for: choice)
    switch outcome {
    case .added(let entry, _):
      return Self.redirect(path, notice: "Logged: \(EntryDescription.line(entry)) (#\(entry.id ?? 0)).")
    case .unchanged(let entry, _):
      return Self.redirect(
        path, notice: "Already logged: \(EntryDescription.line(entry)) (#\(entry.id ?? 0)).")
    }
  }

  /// Runs a read on the store's queue, turning the store's errors into pages with the command line's
  /// sentences.
  func reading<T: Sendable>(_ body: @escaping @Sendable (RecoveryStore) throws -> T) async throws -> T {
    try await writing(body)
  }

  /// Runs a change on the store's queue; see ``reading(_:)``.
  func writing<T: Sendable>(_ body: @escaping @Sendable (RecoveryStore) throws -> T) async throws -> T {
    let services = self.services
    return try await store.perform { store in
      do {
        return try body(store)
      } catch let error as WebError {
        throw error
      } catch let error as StoreError {
        switch error {
        case .noSuchEntry, .entryRemoved, .entryOfOtherPatient:
          throw WebError(.notFound, services.message(error))
        case .busy, .damaged, .readOnly, .diskFull, .ioError, .cannotOpen:
          throw WebError(.serviceUnavailable, services.message(error))
        default:
          throw WebError(.badRequest, services.message(error))
        }
      } catch let error as EntryError {
        throw WebError(.badRequest, services.message(error))
      }
    }
  }

  func html(_ page: Page, status: HTTPResponse.Status = .ok) throws -> Response {
    ErrorRenderer.html(PageRenderer().render(page), status: status)
  }

  /// The notice a redirect carries in its query (`notice=`).
  static func notice(_ request: Request) -> Page.Notice? {
    (try? FormFields(query: request))?["notice"].map {
      Page.Notice(isProblem: false, text: String($0.prefix(300)))
    }
  }

  static func redirect(_ path: String, notice: String) -> Response {
    Response(status: .seeOther, headers: [.location: path + "?notice=" + notice.queryEncoded])
  }

  /// A path of this app to go back to: only a local path, never another site.
  static func returnPath(_ given: String?) -> String {
    guard let given, given.hasPrefix("/"), !given.hasPrefix("//"), !given.contains("\\") else { return "/" }
    return String(given.prefix(200).prefix { $0 != "?" })
  }

  /// The report library's page with a link back to the app after its `<body>` tag: the same HTML
  /// otherwise, so the browser shows what `recovery report --format html` writes.
  static func withBackLink(_ html: String) -> String {
    guard let body = html.firstRange(of: "<body>") else { return html }
    return html[..<body.upperBound] + "\n<p><a href=\"/report\">Back to the app</a></p>"
      + html[body.upperBound...]
  }
}
