extension WalkingAid {
  /// Whether the aid is one or two crutches, the aids counted in ``CrutchDays``.
  public var isCrutches: Bool {
    self == .twoCrutches || self == .oneCrutch
  }
}
