import RecoveryModel

/// How `RecoveryStore.importFile(at:format:options:)` imports a file, beyond the file itself.
public struct ImportOptions: Sendable, Equatable {
  /// The patient every entry goes to, whatever its row says; nil keeps the patient each row names.
  public var patient: String?
  /// The patient of rows that name none.
  public var fallbackPatient: String
  /// Record new versions of entries whose content changed, instead of refusing them.
  public var update: Bool
  /// Do everything, then roll back: the report says what the import would do.
  public var dryRun: Bool
  /// The patients' today, for the rule that an entry is not dated after it.
  public var today: CalendarDay
  /// How many problems the report lists (it counts them all).
  public var problemLimit: Int
  /// Refuse the rows of a new patient whose name is close to an existing patient's, a likely typo.
  public var refusingCloseNames: Bool
  /// The order of CSV dates written like `01/11/2024`; nil finds it in the file's dates.
  public var dateOrder: DateOrder?

  /// Options; the defaults import every row as its file says, into the patients it names.
  public init(
    patient: String? = nil, fallbackPatient: String = Patient.defaultName, update: Bool = false,
    dryRun: Bool = false, today: CalendarDay = .today(), problemLimit: Int = 20,
    refusingCloseNames: Bool = false, dateOrder: DateOrder? = nil
  ) {
    self.patient = patient
    self.fallbackPatient = fallbackPatient
    self.update = update
    self.dryRun = dryRun
    self.today = today
    self.problemLimit = problemLimit
    self.refusingCloseNames = refusingCloseNames
    self.dateOrder = dateOrder
  }
}
