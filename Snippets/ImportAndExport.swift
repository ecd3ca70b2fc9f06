// Import a CSV file into a store, and export a patient as FHIR: the steps of the RecoveryExchange
// documentation's article. Run it with `swift run ImportAndExport`; it works in a new temporary folder.

// snippet.hide
import Foundation
// snippet.show
import RecoveryExchange
import RecoveryFHIR
import RecoveryModel
import RecoveryStore

// snippet.hide
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recovery-\(UUID())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let path = folder.appendingPathComponent("diary.sqlite").path
let csvPath = folder.appendingPathComponent("pain.csv").path
let fhirPath = folder.appendingPathComponent("diary.fhir.json").path
try """
type,date,time,score,location,side,note
pain,2024-11-01,08:30,6,groin,right,"stairs, then rest"
pain,2024-11-02,,4,groin,right,
""".write(toFile: csvPath, atomically: true, encoding: .utf8)
// snippet.show

// snippet.import
// Every row or none: a row without a uid gets one derived from its content, so importing the same
// file again adds nothing.
let store = try RecoveryStore(path: path)
let report = try store.importFile(at: csvPath, format: .csv)
for problem in report.problems { print("line \(problem.line): \(problem.kind)") }
print("\(report.summary.new) added, committed: \(report.summary.committed)")

// snippet.export
// The default patient's current entries as one FHIR transaction Bundle, written to a file that
// takes its name only once complete.
let patient = try store.defaultPatient()
let file = try ExportFile(path: fhirPath, replacing: true)
let output = BufferedOutput(descriptor: file.descriptor, name: fhirPath)
var writer = FHIRExportWriter()
let count = try store.export([patient], with: &writer, to: output)
try output.flush()
try file.commit()
print("\(count) entries in \(fhirPath)")
// snippet.end
