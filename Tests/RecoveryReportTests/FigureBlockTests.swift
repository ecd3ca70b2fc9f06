import Foundation
import RecoveryReport
import RecoveryTestSupport
import Testing

/// Stacked bars and box plots: their JSON, their tables in text and Markdown, and their SVG.
struct FigureBlockTests {
  typealias StackedBarChart = ReportDocument.StackedBarChart
  typealias BoxPlot = ReportDocument.BoxPlot

  static let verdicts = StackedBarChart(
    title: "Verdicts by treatment",
    segmentLabels: ["substantial improvement", "meaningful improvement", "no meaningful change", "worse"],
    bars: [
      .init(label: "cortisone", n: 12, counts: [3, 0, 7, 2]),
      .init(label: "psoas release", n: 4, counts: [4, 0, 0, 0]),
      .init(label: "prp", n: 0, counts: [0, 0, 0, 0]),
    ])

  static let crutchDays = BoxPlot(
    title: "Days on crutches after surgery", unit: "days",
    groups: [
      .init(label: "hip resurfacing", n: 8, min: 14, q1: 21, median: 28.5, q3: 35, max: 56),
      .init(label: "psoas release", n: 3, min: 7, q1: 10.25, median: 14, q3: 14, max: 21),
      .init(label: "periacetabular osteotomy", n: 0, min: 0, q1: 0, median: 0, q3: 0, max: 0),
    ])

  static func document(_ blocks: [ReportDocument.Block]) -> ReportDocument {
    ReportDocument(
      title: "Cohort", summary: [], sections: [.init(id: "figures", title: "Figures", blocks: blocks)],
      footer: "End.")
  }

  // MARK: JSON

  @Test func blocksSurviveAJSONRoundTrip() throws {
    let document = Self.document([.stackedBars(Self.verdicts), .boxPlot(Self.crutchDays)])
    let decoded = try JSONDecoder().decode(ReportDocument.self, from: try JSONEncoder().encode(document))
    #expect(decoded == document)
  }

  @Test func blocksNameTheirKind() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let bars = ReportDocument.Block.stackedBars(
      StackedBarChart(
        title: "t", segmentLabels: ["a", "b"], bars: [.init(label: "x", n: 3, counts: [1, 2])]))
    #expect(
      String(decoding: try encoder.encode(bars), as: UTF8.self)
        == #"{"stackedBars":{"bars":[{"counts":[1,2],"label":"x","n":3}],"segmentLabels":["a","b"],"title":"t"},"#
        + #""type":"stackedBars"}"#)
    let box = ReportDocument.Block.boxPlot(
      BoxPlot(
        title: "t", unit: "days",
        groups: [.init(label: "x", n: 2, min: 1, q1: 1.5, median: 2, q3: 2.5, max: 3)]))
    #expect(
      String(decoding: try encoder.encode(box), as: UTF8.self)
        == #"{"boxPlot":{"groups":[{"label":"x","max":3,"median":2,"min":1,"n":2,"q1":1.5,"q3":2.5}],"#
        + #""title":"t","unit":"days"},"type":"boxPlot"}"#)
  }

  // MARK: Text and Markdown

  @Test func sharesAreOfEachBarsN() {
    let bar = Self.verdicts.bars[0]
    #expect(bar.share(0) == 0.25)
    #expect(bar.share(2) == 7.0 / 12)
    #expect(bar.share(4) == 0)
    #expect(Self.verdicts.bars[2].share(0) == 0)
  }

  @Test func stackedBarsAsText() {
    let text = TextRenderer().render(Self.document([.stackedBars(Self.verdicts)]))
    let expected = """
      FIGURES
        Verdicts by treatment
                        n  substantial improvement  meaningful improvement  no meaningful change    worse
        -------------  --  -----------------------  ----------------------  --------------------  -------
        cortisone      12                  3 (25%)                  0 (0%)               7 (58%)  2 (17%)
        psoas release   4                 4 (100%)                  0 (0%)                0 (0%)   0 (0%)
        prp             0                        0                       0                     0        0

      """
    #expect(text.contains(expected), "\(text)")
  }

  @Test func boxPlotAsText() {
    let text = TextRenderer().render(Self.document([.boxPlot(Self.crutchDays)]))
    let expected = """
      FIGURES
        Days on crutches after surgery (days)
                                  n  Min     Q1  Median  Q3  Max
        ------------------------  -  ---  -----  ------  --  ---
        hip resurfacing           8   14     21    28.5  35   56
        psoas release             3    7  10.25      14  14   21
        periacetabular osteotomy  0

      """
    #expect(text.contains(expected), "\(text)")
  }

  @Test func figuresAsMarkdown() {
    let markdown = MarkdownRenderer().render(
      Self.document([.stackedBars(Self.verdicts), .boxPlot(Self.crutchDays)]))
    let expected = """
      ## Figures

      Verdicts by treatment

      |  | n | substantial improvement | meaningful improvement | no meaningful change | worse |
      | --- | ---: | ---: | ---: | ---: | ---: |
      | cortisone | 12 | 3 (25%) | 0 (0%) | 7 (58%) | 2 (17%) |
      | psoas release | 4 | 4 (100%) | 0 (0%) | 0 (0%) | 0 (0%) |
      | prp | 0 | 0 | 0 | 0 | 0 |

      Days on crutches after surgery (days)

      |  | n | Min | Q1 | Median | Q3 | Max |
      | --- | ---: | ---: | ---: | ---: | ---: | ---: |
      | hip resurfacing | 8 | 14 | 21 | 28.5 | 35 | 56 |
      | psoas release | 3 | 7 | 10.25 | 14 | 14 | 21 |
      | periacetabular osteotomy | 0 |  |  |  |  |  |

      """
    #expect(markdown.contains(expected), "\(markdown)")
  }

  @Test func labelsAreEscapedInEveryFormat() {
    let chart = StackedBarChart(
      title: "a | b", segmentLabels: ["<b>x</b>"], bars: [.init(label: "*y* | z", n: 1, counts: [1])])
    let plot = BoxPlot(
      title: "<i>t</i>", unit: "d&y",
      groups: [.init(label: "<script>", n: 1, min: 1, q1: 1, median: 1, q3: 1, max: 1)])
    let document = Self.document([.stackedBars(chart), .boxPlot(plot)])
    let markdown = MarkdownRenderer().render(document)
    #expect(markdown.contains(#"| \*y\* \| z | 1 | 1 (100%) |"#))
    #expect(markdown.contains(#"| \<b\>x\</b\> |"#))
    let html = HTMLRenderer().render(document)
    let page = HTMLElements(html)
    #expect(page.wellFormed, "\(page.error ?? "")")
    #expect(!page.names.contains("script"))
    #expect(!page.names.contains("b"))
    #expect(!page.names.contains("i"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(html.contains("d&amp;y"))
  }

  // MARK: HTML

  /// The attributes of every element that opens with `opening` ("<rect class=\"segment\""), in order.
  static func attributes(of opening: String, in html: String) -> [[String: String]] {
    html.components(separatedBy: opening).dropFirst().map { rest in
      let tag = rest.prefix { $0 != ">" }
      var attributes: [String: String] = [:]
      for match in tag.matches(of: /([a-z0-9-]+)="([^"]*)"/) {
        attributes[String(match.1)] = String(match.2)
      }
      return attributes
    }
  }

  static func percent(_ text: String?) -> Double? {
    guard let text, text.hasSuffix("%") else { return nil }
    return Double(text.dropLast())
  }

  @Test func stackedBarsDrawOneRectPerSegmentAsWideAsItsShare() throws {
    let html = HTMLRenderer().render(Self.document([.stackedBars(Self.verdicts)]))
    let page = HTMLElements(html)
    #expect(page.wellFormed, "\(page.error ?? "")")
    let tracks = Self.attributes(of: "<rect class=\"track\"", in: html)
    #expect(tracks.count == 3)
    let full = try #require(Self.percent(tracks.first?["width"]))
    let segments = Self.attributes(of: "<rect class=\"segment\"", in: html)
    // cortisone's 3, 7 and 2, then psoas release's 4; the zero counts and the empty bar draw nothing.
    #expect(segments.count == 4)
    let widths = segments.compactMap { Self.percent($0["width"]) }
    let xs = segments.compactMap { Self.percent($0["x"]) }
    let expectedShares = [3.0 / 12, 7.0 / 12, 2.0 / 12, 1]
    #expect(widths.count == 4 && xs.count == 4)
    for (width, share) in zip(widths, expectedShares) {
      #expect(abs(width - share * full) < 0.01, "\(width) for a share of \(share)")
    }
    // Each segment starts where the one before it ends, and a bar's segments fill its track.
    #expect(xs[0] == 0 && xs[3] == 0)
    #expect(abs(xs[1] - widths[0]) < 0.01 && abs(xs[2] - (widths[0] + widths[1])) < 0.01)
    #expect(abs(widths[0] + widths[1] + widths[2] - full) < 0.02)
    // The segments of one verdict share a fill, each verdict its own.
    let fills = segments.map { $0["fill"] ?? "" }
    #expect(fills[0] == fills[3])
    #expect(Set(fills[0...2]).count == 3)
    // Each bar's n follows the end of its track.
    for n in ["n = 12", "n = 4", "n = 0"] {
      #expect(html.contains(">\(n)</text>"), "\(n)")
    }
    #expect(
      Self.attributes(of: "<text class=\"n\"", in: html).map { Self.percent($0["x"]) } == [full, full, full])
    // Shares are written on segments wide enough for them.
    for share in ["25%", "58%", "17%", "100%"] {
      #expect(html.contains(">\(share)</text>"), "\(share)")
    }
    #expect(html.contains("<title>cortisone: no meaningful change, 7 of 12 (58%)</title>"))
  }

  @Test func stackedBarsHaveALegendFilledLikeTheSegments() throws {
    let html = HTMLRenderer().render(
      Self.document([.stackedBars(Self.verdicts), .stackedBars(Self.verdicts)]))
    #expect(HTMLElements(html).wellFormed)
    let key = try #require(html.components(separatedBy: "<ul class=\"key\">").dropFirst().first)
    let items = key.components(separatedBy: "</ul>").first ?? ""
    for label in Self.verdicts.segmentLabels {
      #expect(items.contains("</svg>\(label)</li>"), "\(label)")
    }
    // Two charts on one page keep their patterns apart.
    let ids = Self.attributes(of: "<pattern", in: html).compactMap { $0["id"] }
    #expect(ids.count == 8)
    #expect(Set(ids).count == 8)
    let legendFills = Self.attributes(of: "<rect width=\"14\"", in: html).compactMap { $0["fill"] }
    let segmentFills = Set(Self.attributes(of: "<rect class=\"segment\"", in: html).compactMap { $0["fill"] })
    #expect(legendFills.count == 8)
    #expect(segmentFills.isSubset(of: Set(legendFills)))
  }

  @Test func boxPlotDrawsWhiskersBoxAndMedianPerGroup() throws {
    let html = HTMLRenderer().render(Self.document([.boxPlot(Self.crutchDays)]))
    let page = HTMLElements(html)
    #expect(page.wellFormed, "\(page.error ?? "")")
    // A box for each group with values; the group without any says so.
    #expect(html.components(separatedBy: "<g class=\"box\">").count - 1 == 2)
    #expect(html.contains(">median 28.5 · n = 8</text>"))
    #expect(html.contains(">median 14 · n = 3</text>"))
    #expect(html.contains(">no data · n = 0</text>"))
    let boxes = Self.attributes(of: "<rect class=\"quartiles\"", in: html)
    let medians = Self.attributes(of: "<line class=\"median\"", in: html)
    let whiskers = Self.attributes(of: "<line class=\"whisker\"", in: html)
    #expect(boxes.count == 2 && medians.count == 2 && whiskers.count == 6)
    // The axis runs from 0 to 60 days between 2% and 98% of the width.
    func x(_ days: Double) -> Double { 2 + days / 60 * 96 }
    func at(_ attributes: [String: String], _ name: String, _ days: Double) -> Bool {
      Self.percent(attributes[name]).map { abs($0 - x(days)) < 0.01 } ?? false
    }
    let box = try #require(boxes.first)
    #expect(at(box, "x", 21))
    #expect(abs(try #require(Self.percent(box["width"])) - (x(35) - x(21))) < 0.01)
    #expect(at(medians[0], "x1", 28.5) && at(medians[0], "x2", 28.5))
    #expect(at(whiskers[0], "x1", 14) && at(whiskers[0], "x2", 56))
    #expect(at(whiskers[1], "x1", 14) && at(whiskers[2], "x1", 56))
    #expect(at(boxes[1], "x", 10.25) && at(medians[1], "x1", 14))
    for tick in ["0", "20", "40", "60"] {
      #expect(html.contains("text-anchor=\"middle\">\(tick)</text>"), "\(tick)")
    }
    #expect(html.contains(">days</text>"))
  }

  @Test func onlyAPageWithFiguresCarriesTheirStyle() {
    let plain = HTMLRenderer().render(Self.document([.paragraph(.init("Nothing drawn."))]))
    #expect(!plain.contains(".figure-title{"))
    let drawn = HTMLRenderer().render(Self.document([.boxPlot(Self.crutchDays)]))
    #expect(drawn.contains(".figure-title{"))
  }
}
