/// The report stage: Markdown, HTML and JSON renderings.
enum PlanLensReport {}
