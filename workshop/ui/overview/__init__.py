"""The overview over a period: key figures, charts, tables, stories; the report and tables out."""
