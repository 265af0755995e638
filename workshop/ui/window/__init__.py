"""The parts of the main window: menus, page switching, session actions, help."""
