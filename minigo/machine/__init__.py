"""The machine: goroutines, their stacks of frames, the heap, channels, the scheduler,
and the runtime library, running programs compiled by minigo.compile."""
