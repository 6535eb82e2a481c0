seed_append_reallocation.go:6:11: make([]int, 0, 2) escapes to heap
seed_append_reallocation.go:14:13: ... argument does not escape
seed_append_reallocation.go:14:18: grow() escapes to heap
