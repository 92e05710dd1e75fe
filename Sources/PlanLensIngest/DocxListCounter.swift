/// Counts numbered paragraphs the way Word does and draws their labels ("一、", "（二）", "3.").
///
/// Counters belong to the abstract definition, so instances (`w:num`) that share one continue
/// each other's sequence; an instance with a `w:startOverride` restarts that level the first
/// time it is used. Using a level restarts the deeper levels (unless `w:lvlRestart` says
/// otherwise).
struct DocxListCounter: Sendable {
  let definitions: DocxNumberingDefinitions
  /// Current value by abstract definition, then by level; nil when the level has not started.
  private var counts: [Int: [Int: Int]] = [:]
  private var usedInstances: Set<Int> = []

  init(definitions: DocxNumberingDefinitions) {
    self.definitions = definitions
  }

  /// Advances the counter of instance `numId` at `level` and returns the label the paragraph
  /// shows (the `w:lvlText` with its placeholders drawn, plus " " for a space suffix); nil for
  /// numId 0, unknown instances and bullets.
  mutating func label(numId: Int, level: Int) -> String? {
    guard numId != 0, let instance = definitions.instances[numId],
      let abstractId = instance.abstractId,
      let definition = definitions.level(numId: numId, level: level)
    else { return nil }
    var values = counts[abstractId] ?? [:]
    if !usedInstances.contains(numId) {
      usedInstances.insert(numId)
      for (overridden, start) in instance.startOverrides { values[overridden] = start - 1 }
    }
    let value = (values[level] ?? (definition.start - 1)) + 1
    values[level] = value
    for deeper in values.keys where deeper > level {
      let restart = definitions.level(numId: numId, level: deeper)?.restart
      if restart == 0 { continue }
      if let restart, level > restart - 1 { continue }
      values[deeper] = nil
    }
    counts[abstractId] = values
    guard definition.format != "bullet" else { return nil }
    let label = draw(definition, numId: numId, values: values)
    return definition.suffix == "space" && !label.isEmpty ? label + " " : label
  }

  /// `w:lvlText` with each `%n` replaced by level n-1's value in that level's format.
  private func draw(_ definition: DocxNumberingLevel, numId: Int, values: [Int: Int]) -> String {
    let pattern = Array(definition.text)
    var out = ""
    var i = 0
    while i < pattern.count {
      if pattern[i] == "%", i + 1 < pattern.count, let n = pattern[i + 1].wholeNumberValue, n >= 1 {
        let referenced = definitions.level(numId: numId, level: n - 1)
        let value = values[n - 1] ?? referenced?.start ?? 1
        let format = definition.isLegal ? "decimal" : (referenced?.format ?? "decimal")
        out += DocxNumberFormatter.format(value, as: format)
        i += 2
      } else {
        out.append(pattern[i])
        i += 1
      }
    }
    return out
  }
}
