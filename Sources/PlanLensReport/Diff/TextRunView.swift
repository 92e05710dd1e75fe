/// One piece of a redline: kept, deleted or inserted words, or a line break.
struct TextRunView {
  let text: String
  let isEqual: Bool
  let isDelete: Bool
  let isInsert: Bool
  let isBreak: Bool
}
