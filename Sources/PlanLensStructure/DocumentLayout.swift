/// The parts of a document, as line indices: cover notice, title block, body, attachments.
struct DocumentLayout: Sendable {
  var lines: [Range<Int>]
  /// Lines of the cover notice (关于印发…的通知, addressees, signature), if any.
  var notice: Range<Int>?
  /// Lines that name the plan (title, 征求意见稿, period).
  var title: Range<Int>
  /// Lines of the body: preamble and headed sections.
  var body: Range<Int>
  /// Line index of each attachment heading (附件, 附件2), in order.
  var attachments: [Int]
}
