"""Exporters: PDF minutes, CSV and JSON. Qt-free."""
