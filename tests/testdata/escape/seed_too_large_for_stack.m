seed_too_large_for_stack.go:6:6: moved to heap: buf
seed_too_large_for_stack.go:12:13: ... argument does not escape
seed_too_large_for_stack.go:12:18: huge() escapes to heap
