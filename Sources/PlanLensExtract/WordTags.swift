/// What a word of a sentence is to the indicator cutter. A word may be several things at once
/// (以上 closes a comparator and is a stop-word; 建设 opens a phrase and is a verb).
struct WordTags: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  /// Part of a number (digits, Chinese numerals, 万/亿).
  static let number = WordTags(rawValue: 1 << 0)
  /// The unit or measure word after a number (张, 万元, EFLOPS).
  static let unit = WordTags(rawValue: 1 << 1)
  /// A comparator cue (不低于, 达到, 以上).
  static let comparator = WordTags(rawValue: 1 << 2)
  /// A deadline or date (到2025年, 2024年6月底前).
  static let time = WordTags(rawValue: 1 << 3)
  /// Where a number applies (全省, 各县（市、区）, 每个乡镇).
  static let scope = WordTags(rawValue: 1 << 4)
  /// A per-head or per-period rate (每人每年, 每万人).
  static let rate = WordTags(rawValue: 1 << 5)
  /// A department or unit named in departments.tsv (县民政局).
  static let department = WordTags(rawValue: 1 << 6)
  /// A responsibility role word (牵头, 配合, 负责).
  static let role = WordTags(rawValue: 1 << 7)
  /// A verb: ends the measured thing after a number, hands it over when it ends the phrase before.
  static let verb = WordTags(rawValue: 1 << 8)
  /// A preposition: cuts the phrase before a number (按照, 对, 向).
  static let preposition = WordTags(rawValue: 1 << 9)
  /// Trimmed from the start of a measured thing (已, 力争, 全面).
  static let leadStop = WordTags(rawValue: 1 << 10)
  /// Trimmed from the end of a measured thing (左右, 以上).
  static let trailStop = WordTags(rawValue: 1 << 11)
  /// Trimmed from the start of the phrase after a number (…20元的|标准|…).
  static let afterLead = WordTags(rawValue: 1 << 12)
  /// Joins two counted things (和, 及, 或).
  static let conjunction = WordTags(rawValue: 1 << 13)
  /// Links the phrase before a number to it as its value (认定为|2级).
  static let copula = WordTags(rawValue: 1 << 14)
  /// Closes a list of examples (A、B等): the measured thing follows the number.
  static let examplesCloser = WordTags(rawValue: 1 << 15)
  /// Closes a modifier (覆盖全省的|1000个站点): the measured thing follows the number.
  static let modifierCloser = WordTags(rawValue: 1 << 16)
  /// Opens a purpose (用于…) whose verb belongs to the measured thing.
  static let purpose = WordTags(rawValue: 1 << 17)
  /// Spaces and punctuation.
  static let punctuation = WordTags(rawValue: 1 << 18)
  /// Says that the number is an increment (新增): kept with the thing counted.
  static let increment = WordTags(rawValue: 1 << 19)
  /// Names a share of a group (占比).
  static let share = WordTags(rawValue: 1 << 20)
  /// Closes a list of administrative levels (市、县|级).
  static let levelSuffix = WordTags(rawValue: 1 << 21)
}
