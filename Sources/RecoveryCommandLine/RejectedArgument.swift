/// The sentence for the last value a typed argument (``PainScore``, ``EntryID``) could not read.
///
/// The parser's own error ("The value 'five' is invalid for '<score>'") names neither the valid range
/// nor the form; the type that refused the value knows both. Only the main thread parses arguments,
/// once, before any command runs.
package enum RejectedArgument {
  nonisolated(unsafe) package static var message: String?
}
