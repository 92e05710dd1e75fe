import CAllocator

/// The C allocator's one setting PlanLens changes: buffers of a megabyte and more (a document's
/// text, its normalised copy, a long paragraph's sentence list) get pages of their own and go
/// back to the system when freed.
///
/// glibc otherwise raises its threshold to the size of the first large buffer freed, so later
/// copies of the document come from the heap and stay resident after use: a 10 MB paragraph
/// peaked at 104 MB that way, 91 MB with this setting (same speed).
enum AllocatorSetting {
  /// Bytes from which an allocation is mapped on its own.
  static let ownPagesFrom: Int32 = 1 << 20

  /// Applies the setting; call once, first thing in the process.
  static func apply() {
    _ = pl_allocator_own_pages_from(ownPagesFrom)
  }
}
