"""Run mode: the step panel, the capture line, the board and undo."""
