"""Every undoable change of the GUI, one module per area, all on ``base.ServiceCommand``."""
