"""The content model, validation, scoring and statistics: pure Python, no Qt, no SQL, no files."""
