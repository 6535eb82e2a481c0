escape_leak_param_heap.go:7:11: leaking param: p
escape_leak_param_heap.go:12:2: moved to heap: x
escape_leak_param_heap.go:14:13: ... argument does not escape
escape_leak_param_heap.go:14:14: *g escapes to heap
