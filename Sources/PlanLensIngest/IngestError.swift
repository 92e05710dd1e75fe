// Placeholder: filled by the ingestion work.
