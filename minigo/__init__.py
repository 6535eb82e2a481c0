"""minigo: a model of what Go does with memory, from source text to a stepping machine.

Layers, one way (see DESIGN.md): syntax -> types -> escape -> compile -> machine -> debug.
Front ends (``minigo.cli``, ``tui``) use only the public functions of these rooms.
"""
