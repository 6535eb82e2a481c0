escape_global_pointer.go:8:2: moved to heap: x
escape_global_pointer.go:14:13: ... argument does not escape
escape_global_pointer.go:14:14: *gp escapes to heap
