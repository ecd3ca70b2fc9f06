import Foundation
import Testing

@testable import RecoveryFHIR

/// The JSON the writer is made of: escaping, numbers, and FHIR's rule against empty values.
struct JSONValueTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("say \"hi\"", #""say \"hi\"""#),
    ("back\\slash", #""back\\slash""#),
    ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
    ("\u{1}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
    ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
    ("Schmerz – 痛み 🙂", "\"Schmerz – 痛み 🙂\""),
    ("\"\u{301}e – \u{2027}\u{2028}", #""\"\#u{301}e – \#u{2027}\u2028""#),
    ("\u{E2}\"", #""\#u{E2}\"""#),
  ])
  func stringsAreEscapedOnlyWhereJSONNeeds(text: String, json: String) throws {
    #expect(JSONValue.string(text).rendered == json)
    let back = try JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [String]
    #expect(back == [text])
  }

  @Test(arguments: [
    (42.0, "42"), (0.0, "0"), (-3.0, "-3"), (61.815, "61.815"), (0.1, "0.1"),
    (70.42666666666666, "70.42666666666666"),
  ])
  func decimalsAreWrittenInTheirShortestExactForm(number: Double, json: String) throws {
    #expect(JSONValue.decimal(number).rendered == json)
    let back = try JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [Double]
    #expect(back == [number])
  }

  @Test func emptyAndMissingValuesAreLeftOut() {
    let object = JSONValue.fields([
      "a": .string(""), "b": nil, "c": .list([nil, .string("")]), "d": .fields(["x": nil]), "e": .integer(0),
      "f": JSONValue.text(""), "g": .string("kept"),
    ])
    #expect(object.rendered == #"{"e":0,"g":"kept"}"#)
  }

  @Test func membersKeepTheirOrder() {
    #expect(
      JSONValue.fields(["z": .integer(1), "a": .integer(2), "m": .integer(3)]).rendered
        == #"{"z":1,"a":2,"m":3}"#)
  }
}
