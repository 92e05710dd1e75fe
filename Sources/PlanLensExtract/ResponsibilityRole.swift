/// The role a label or role word gives the units it names.
enum ResponsibilityRole: String, Sendable {
  case lead
  case support
  /// 负责 / 责任单位: the lead when nothing in the same bracket leads, else support.
  case duty
}
