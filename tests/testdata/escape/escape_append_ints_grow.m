escape_append_ints_grow.go:6:11: make([]int, 0, 4) does not escape
escape_append_ints_grow.go:14:13: ... argument does not escape
escape_append_ints_grow.go:14:18: grow() escapes to heap
