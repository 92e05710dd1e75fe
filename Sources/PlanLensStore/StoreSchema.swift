import GRDB

/// The store's versioned schema: GRDB migrations applied in order, recorded in `grdb_migrations`.
///
/// Migration "v1" creates the portable tables: plain INTEGER, TEXT and DOUBLE PRECISION columns,
/// snake_case names, explicit foreign keys and indexes, so a shared PostgreSQL can hold them
/// unchanged. "v1-search" adds what only SQLite has: the FTS5 index over provisions and the
/// trigger that keeps it in step. Never edit a shipped migration; append a new one.
public enum StoreSchema {
  /// Identifiers of the migrations this build knows, oldest first.
  public static var migrationIdentifiers: [String] { migrator.migrations }

  /// The migrator that brings any older PlanLens database up to this build's schema.
  public static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      for statement in portableTables + portableIndexes {
        try db.execute(sql: statement)
      }
    }
    migrator.registerMigration("v1-search") { db in
      for statement in searchIndex {
        try db.execute(sql: statement)
      }
    }
    // Where each deadline came from (printed, shared by a list, a goals statement, …).
    migrator.registerMigration("v2-deadline-source") { db in
      try db.execute(sql: "ALTER TABLE quantities ADD COLUMN deadline_source TEXT")
    }
    // A paged source's page map (the offsets where its pages start, comma-separated) and how
    // a scan was read by OCR, so a stored PDF still cites its pages.
    migrator.registerMigration("v3-pages") { db in
      try db.execute(sql: "ALTER TABLE documents ADD COLUMN page_starts TEXT")
      try db.execute(sql: "ALTER TABLE documents ADD COLUMN ocr TEXT")
    }
    return migrator
  }()

  /// The tables, in the order foreign keys need them.
  static let portableTables = [
    """
    CREATE TABLE jurisdictions (
      id INTEGER PRIMARY KEY,
      code TEXT UNIQUE,
      name TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('province', 'city', 'county')),
      parent_id INTEGER REFERENCES jurisdictions (id)
    )
    """,
    """
    CREATE TABLE lineages (
      id INTEGER PRIMARY KEY,
      lineage_key TEXT NOT NULL UNIQUE,
      jurisdiction_id INTEGER REFERENCES jurisdictions (id),
      title_stem TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      sha256 TEXT NOT NULL UNIQUE,
      source_path TEXT NOT NULL,
      format TEXT NOT NULL,
      encoding TEXT NOT NULL,
      export_schema_version INTEGER NOT NULL,
      title TEXT,
      jurisdiction_id INTEGER REFERENCES jurisdictions (id),
      level TEXT,
      doc_type TEXT,
      status TEXT NOT NULL,
      issuer TEXT,
      doc_number TEXT,
      issue_date TEXT,
      period_start INTEGER,
      period_end INTEGER,
      notice_start INTEGER,
      notice_end INTEGER,
      lineage_id INTEGER NOT NULL REFERENCES lineages (id),
      version_order INTEGER NOT NULL,
      full_text TEXT NOT NULL,
      ingested_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE headings (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      heading_key TEXT NOT NULL,
      ordinal INTEGER NOT NULL,
      level INTEGER NOT NULL,
      label TEXT NOT NULL,
      title TEXT NOT NULL,
      parent_id INTEGER REFERENCES headings (id) ON DELETE CASCADE,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      UNIQUE (document_id, heading_key)
    )
    """,
    """
    CREATE TABLE provisions (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      provision_key TEXT NOT NULL,
      ordinal INTEGER NOT NULL,
      heading_id INTEGER NOT NULL REFERENCES headings (id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      title TEXT NOT NULL,
      text TEXT NOT NULL,
      segmented_text TEXT NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      UNIQUE (document_id, provision_key)
    )
    """,
    """
    CREATE TABLE quantities (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('target', 'standard', 'baseline')),
      indicator TEXT NOT NULL,
      comparator TEXT NOT NULL,
      value DOUBLE PRECISION NOT NULL,
      value_max DOUBLE PRECISION,
      unit TEXT,
      deadline_year INTEGER,
      deadline_month INTEGER,
      deadline_day INTEGER,
      deadline_text TEXT,
      scope TEXT,
      heading_id INTEGER REFERENCES headings (id) ON DELETE CASCADE,
      provision_id INTEGER REFERENCES provisions (id) ON DELETE CASCADE,
      quote TEXT NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE departments (
      id INTEGER PRIMARY KEY,
      department_key TEXT NOT NULL UNIQUE,
      canonical TEXT,
      name TEXT NOT NULL,
      level TEXT,
      jurisdiction_id INTEGER REFERENCES jurisdictions (id)
    )
    """,
    """
    CREATE TABLE responsibilities (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      heading_id INTEGER REFERENCES headings (id) ON DELETE CASCADE,
      provision_id INTEGER REFERENCES provisions (id) ON DELETE CASCADE,
      quote TEXT NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE responsibility_departments (
      id INTEGER PRIMARY KEY,
      responsibility_id INTEGER NOT NULL REFERENCES responsibilities (id) ON DELETE CASCADE,
      department_id INTEGER NOT NULL REFERENCES departments (id),
      role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
      name_as_printed TEXT NOT NULL,
      ordinal INTEGER NOT NULL,
      UNIQUE (responsibility_id, role, ordinal)
    )
    """,
    """
    CREATE TABLE milestones (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      label TEXT NOT NULL,
      start_date TEXT,
      end_date TEXT,
      text TEXT NOT NULL,
      quote TEXT NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL
    )
    """,
  ]

  /// Indexes for the queries of `list`, `show`, `targets`, `departments`, `versions` and for the
  /// foreign keys (so a cascade or a join never scans a table).
  static let portableIndexes = [
    "CREATE INDEX jurisdictions_parent ON jurisdictions (parent_id)",
    "CREATE INDEX jurisdictions_name ON jurisdictions (name)",
    "CREATE INDEX lineages_jurisdiction ON lineages (jurisdiction_id)",
    "CREATE INDEX documents_jurisdiction ON documents (jurisdiction_id)",
    "CREATE INDEX documents_lineage ON documents (lineage_id, version_order)",
    "CREATE INDEX documents_source_path ON documents (source_path)",
    "CREATE INDEX headings_document ON headings (document_id, ordinal)",
    "CREATE INDEX headings_parent ON headings (parent_id)",
    "CREATE INDEX provisions_document ON provisions (document_id, ordinal)",
    "CREATE INDEX provisions_heading ON provisions (heading_id)",
    "CREATE INDEX quantities_document ON quantities (document_id, ordinal)",
    "CREATE INDEX quantities_kind_year ON quantities (kind, deadline_year)",
    "CREATE INDEX quantities_indicator ON quantities (indicator)",
    "CREATE INDEX quantities_heading ON quantities (heading_id)",
    "CREATE INDEX quantities_provision ON quantities (provision_id)",
    "CREATE INDEX departments_canonical ON departments (canonical)",
    "CREATE INDEX departments_jurisdiction ON departments (jurisdiction_id)",
    "CREATE INDEX responsibilities_document ON responsibilities (document_id, ordinal)",
    "CREATE INDEX responsibilities_heading ON responsibilities (heading_id)",
    "CREATE INDEX responsibilities_provision ON responsibilities (provision_id)",
    "CREATE INDEX responsibility_departments_department ON responsibility_departments (department_id)",
    "CREATE INDEX milestones_document ON milestones (document_id, ordinal)",
  ]

  /// SQLite only: FTS5 over `provisions.segmented_text` (words split by ICU, joined by spaces),
  /// ranked with bm25. The index reads its text from `provisions` (external content) and a
  /// trigger removes the entries of deleted provisions.
  static let searchIndex = [
    """
    CREATE VIRTUAL TABLE provision_search USING fts5 (
      segmented_text, content = 'provisions', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER provisions_search_delete AFTER DELETE ON provisions BEGIN
      INSERT INTO provision_search (provision_search, rowid, segmented_text)
      VALUES ('delete', old.id, old.segmented_text);
    END
    """,
  ]
}
