import RecoveryModel
import Testing

struct PatientNameMatchTests {
  @Test(arguments: [
    ("Anna", ["anna"]), ("ANNA", ["anna"]), ("Ána", ["anna"]), ("an na", ["anna"]), ("Jean-Luc", ["jeanluc"]),
    ("Zoe", ["Zoë"]), ("Bartholomew", ["Bartholomeu"]),
  ])
  func closeNamesAreFound(name: String, among: [String]) {
    #expect(PatientNameMatch.closeNames(to: name, among: among) == among)
  }

  @Test(arguments: [
    ("p002", ["p001"]), ("p010", ["p001"]), ("anna2", ["anna"]), ("Bob", ["Alexandra"]), ("anna", ["anna"]),
    ("Jo", ["Ann"]),
  ])
  func namesDifferingInDigitsOrFarApartAreNot(name: String, among: [String]) {
    #expect(PatientNameMatch.closeNames(to: name, among: among).isEmpty)
  }
}
