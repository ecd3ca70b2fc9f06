import Foundation
import RecoveryExchange
import RecoveryTestSupport
import Testing

/// Files checked and, when UTF-16, copied to UTF-8 before an import reads them.
struct ImportSourceTests {
  func write(_ bytes: [UInt8], in folder: TemporaryDirectory) throws -> String {
    let path = folder.file("file.csv")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(arguments: [true, false])
  func utf16WithAByteOrderMarkIsReadFromAUTF8Copy(littleEndian: Bool) throws {
    try TemporaryDirectory.with { folder in
      let text = "type,date,score,note\npain,2024-11-01,5,é中🦴\n"
      var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
      for unit in text.utf16 {
        bytes +=
          littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      }
      let source = try ImportSource(file: try write(bytes, in: folder))
      #expect(source.path != folder.file("file.csv"))
      #expect(try String(contentsOfFile: source.path, encoding: .utf8) == text)
      source.remove()
      #expect(!FileManager.default.fileExists(atPath: source.path))
    }
  }

  @Test func utf8IsReadAsItIs() throws {
    try TemporaryDirectory.with { folder in
      let path = try write(Array("type,date,score\n".utf8), in: folder)
      #expect(try ImportSource(file: path).path == path)
      try ImportSource.checkIsText(path, name: "mine.csv")
    }
  }

  @Test func utf16EndingHalfWayThroughACharacterIsRefused() throws {
    try TemporaryDirectory.with { folder in
      let path = try write([0xFF, 0xFE, 0x74, 0x00, 0x79], in: folder)
      #expect(throws: ExchangeError.invalidUTF16(path: path, endsMidCharacter: true)) {
        try ImportSource(file: path)
      }
    }
  }

  @Test func binaryAndEmptyFilesAreRefusedByTheirName() throws {
    try TemporaryDirectory.with { folder in
      let binary = try write(Array("type,date\n".utf8) + [0] + Array("x\n".utf8), in: folder)
      #expect(throws: ExchangeError.notText(path: "mine.csv")) {
        try ImportSource.checkIsText(binary, name: "mine.csv")
      }
      let empty = try write(Array(" \r\n\t\n".utf8), in: folder)
      #expect(throws: ExchangeError.emptyFile(path: "mine.csv")) {
        try ImportSource.checkIsText(empty, name: "mine.csv")
      }
    }
  }
}
