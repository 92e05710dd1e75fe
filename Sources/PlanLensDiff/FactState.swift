import PlanLensModel

/// One side (`before` or `after`) of a fact change; its JSON is the case's own object.
public enum FactState: Hashable, Sendable, Encodable {
  case quantity(QuantityState)
  case responsibility(ResponsibilityState)
  case milestone(Milestone)
  case meta(MetaFieldState)

  /// Where the fact is printed in its source, when it has a span.
  public var span: Span? {
    switch self {
    case .quantity(let q): return q.span
    case .responsibility(let r): return r.span
    case .milestone(let m): return m.span
    case .meta: return nil
    }
  }

  /// The printed words the fact comes from, when it has a span.
  public var quote: String? {
    switch self {
    case .quantity(let q): return q.quote
    case .responsibility(let r): return r.quote
    case .milestone(let m): return m.quote
    case .meta: return nil
    }
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .quantity(let q): try q.encode(to: encoder)
    case .responsibility(let r): try r.encode(to: encoder)
    case .milestone(let m): try m.encode(to: encoder)
    case .meta(let m): try m.encode(to: encoder)
    }
  }
}
