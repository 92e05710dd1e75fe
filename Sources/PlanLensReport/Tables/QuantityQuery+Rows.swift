import PlanLensStore

extension QuantityQuery {
  /// The matching quantities in `store` as rows, sorted by jurisdiction, then document order.
  public func rows(in store: PlanStore) throws(StoreError) -> [QuantityRow] {
    try documents(in: store).flatMap(QuantityRow.rows(of:))
  }
}
