"""minigo's terminal UI: a view over ``minigo.debug`` sessions (see DESIGN.md)."""
