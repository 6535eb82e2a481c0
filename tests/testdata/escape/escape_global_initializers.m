escape_global_initializers.go:13:2: moved to heap: x
escape_global_initializers.go:15:13: ... argument does not escape
escape_global_initializers.go:15:14: *m["x"] escapes to heap
escape_global_initializers.go:15:14: s escapes to heap
escape_global_initializers.go:15:27: p.n escapes to heap
escape_global_initializers.go:15:32: f() escapes to heap
escape_global_initializers.go:7:24: map[string]*int{} escapes to heap
