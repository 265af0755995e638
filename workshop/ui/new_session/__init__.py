"""The new-session wizard and its four pages."""
