"""Use cases. Plain Python on top of the store: no Qt, no SQL text. GUI and CLI both call these."""
