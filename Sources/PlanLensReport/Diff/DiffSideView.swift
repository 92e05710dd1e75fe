/// One version as the report header names it.
struct DiffSideView {
  let path: String
  let title: String
  let status: String
}
