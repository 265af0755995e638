"""The Qt GUI. It reads and changes data only through workshop.services."""
