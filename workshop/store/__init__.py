"""Storage: SQLAlchemy models, the library file, migrations and backups."""
