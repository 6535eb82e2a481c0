escape_pointer_down_mutate.go:5:10: p does not escape
escape_pointer_down_mutate.go:14:13: ... argument does not escape
escape_pointer_down_mutate.go:14:13: n escapes to heap
