import RecoveryExchange

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The file an import form sent, as the importer reads it: chosen in the file field (`file`), pasted
/// into the text box (`content`), or carried from the dry run to the confirm step (`file64`, the
/// file's bytes in base64, with its `name`); and the format it is read in.
///
/// The confirm step gets the very bytes the dry run read: base64 in a hidden field comes back as it
/// was sent, where a browser would rewrite the line ends of text sent back in a form.
struct ImportUpload: Sendable {
  /// The file's name, as sentences name it ("pain.csv", or "The pasted text").
  var name: String
  /// The file's bytes, UTF-8 (a UTF-16 file is turned into UTF-8 as the command line does).
  var bytes: [UInt8]
  var format: WebServices.ImportFormat

  /// The name sentences give to text pasted into the form.
  static let pastedName = "The pasted text"

  /// Reads the form's file, refusing what the command line refuses before it opens the database.
  /// - Parameter message: the command line's sentence for a library error.
  /// - Throws: ``WebError``: 400 when no file was given, or it is empty, holds binary data, or is
  ///   broken UTF-16; 413 when it is larger than an import may be.
  init(_ form: FormFields, message: (any Error) -> String) throws {
    var name = Self.pastedName
    var bytes: [UInt8]
    if let carried = form["file64"] {
      guard let data = Data(base64Encoded: carried) else {
        throw WebError(.badRequest, "The confirmation could not be read: choose the file again.")
      }
      bytes = Array(data)
      name = form["name"].map { String($0.prefix(200)) } ?? name
    } else if let file = form.files["file"] {
      bytes = Array(file.bytes.readableBytesView)
      name = file.name
    } else if let content = form["content"] {
      bytes = Array(content.utf8)
    } else {
      throw WebError(.badRequest, "Choose a file to import, or paste its text.")
    }
    guard bytes.count <= SecurityMiddleware.importFileLimit else {
      throw WebError(
        .contentTooLarge,
        "\(name) is too large: an import may be up to \(SecurityMiddleware.importFileLimit >> 20) MB;"
          + " nothing was imported.")
    }
    do {
      bytes = try Self.utf8(bytes, name: name)
      try Self.checkIsText(bytes, name: name)
    } catch {
      throw WebError(.badRequest, message(error))
    }
    self.name = name
    self.bytes = bytes
    switch form["format"] {
    case "csv": format = .csv
    case "json": format = .json
    default: format = Self.format(name: name, bytes: bytes)
    }
  }

  /// The format the file's name says (as `recovery import` reads it: `.json`, `.csv`, `.tsv`), else
  /// the one its first character says: JSON starts with `{` or `[`, anything else is read as CSV.
  static func format(name: String, bytes: [UInt8]) -> WebServices.ImportFormat {
    if name != pastedName, let format = ImportFormat(path: name) { return format == .json ? .json : .csv }
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    let first = text.first { !isSpace($0) }
    return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .csv
  }

  /// The refusals of `ImportSource.checkIsText`, on bytes in memory: a NUL byte in the first 64 KiB is
  /// binary data; nothing but spaces and line ends (after a byte order mark) is an empty file.
  static func checkIsText(_ bytes: [UInt8], name: String) throws(ExchangeError) {
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    if text.prefix(1 << 16).contains(0) { throw .notText(path: name) }
    if text.allSatisfy(isSpace) { throw .emptyFile(path: name) }
  }

  /// The bytes as UTF-8: those of a file starting with a UTF-16 byte order mark (as spreadsheet
  /// programs save "Unicode text") turned into UTF-8, as `ImportSource` does for a file; any other
  /// file as it is.
  static func utf8(_ bytes: [UInt8], name: String) throws(ExchangeError) -> [UInt8] {
    guard bytes.count >= 2 else { return bytes }
    let bigEndian: Bool
    switch (bytes[0], bytes[1]) {
    case (0xFF, 0xFE): bigEndian = false
    case (0xFE, 0xFF): bigEndian = true
    default: return bytes
    }
    guard bytes.count % 2 == 0 else { throw .invalidUTF16(path: name, endsMidCharacter: true) }
    let units = stride(from: 2, to: bytes.count, by: 2).map { index in
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      return bigEndian ? first << 8 | second : second << 8 | first
    }
    guard let text = String(validating: units, as: UTF16.self) else {
      throw .invalidUTF16(path: name, endsMidCharacter: false)
    }
    return Array(text.utf8)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
