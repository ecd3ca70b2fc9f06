/// Writes a ``Page`` as a complete HTML document: the header with the patient's name, the
/// navigation, the notice and the content, with the app's style sheet linked from the server itself
/// (the Content-Security-Policy allows nothing else). No page has a script: every form works without.
struct PageRenderer: Sendable {
  func render(_ page: Page) -> String {
    var nav: [HTMLNode] = []
    for section in Page.Section.allCases {
      var attributes = [("href", section.path)]
      if section == page.section { attributes.append(("aria-current", "page")) }
      nav.append(.tag("li", [], [.tag("a", attributes, text: section.label)]))
    }
    var main: [HTMLNode] = [.tag("h1", text: page.title)]
    if let notice = page.notice {
      main.append(
        .tag(
          "p",
          [
            ("class", notice.isProblem ? "notice problem" : "notice"),
            ("role", notice.isProblem ? "alert" : "status"),
          ],
          text: notice.text))
    }
    main += page.content
    let body: HTMLNode = .fragment([
      .tag("a", [("class", "skip"), ("href", "#main")], text: "Skip to the content"),
      .tag(
        "header", [],
        [
          .tag("p", [("class", "patient")], text: page.patient.map { "Diary of \($0)" } ?? "recovery"),
          .tag("nav", [("aria-label", "Main")], [.tag("ul", [], nav)]),
        ]),
      .tag("main", [("id", "main")], main),
    ])
    var output = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>
      """
    output += HTMLNode.escape(page.title) + " · recovery</title>\n"
    output +=
      "<link rel=\"stylesheet\" href=\"/app.css\">\n</head>\n<body>\n"
    body.write(to: &output)
    output += "\n</body>\n</html>\n"
    return output
  }
}
