"""Domain types: frameworks, templates and value types. No Qt, no SQL."""
