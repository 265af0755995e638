"""The sticky-note board: scene items, the scene and the view."""
