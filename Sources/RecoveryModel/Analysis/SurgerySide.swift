/// Which entries count for a surgery by side: the rule pain follows for a one-sided treatment, applied
/// to questionnaire scores and milestones.
enum SurgerySide {
  /// Whether an entry logged for `side` counts for a surgery on `surgery`'s side: a left or right
  /// surgery takes entries for that side, for both sides or without a side; a surgery on both sides or
  /// without a side takes every entry.
  static func counts(_ side: Side?, for surgery: Side?) -> Bool {
    guard let surgery, surgery != .both, let side else { return true }
    return side == surgery || side == .both
  }
}
