escape_closure_by_reference.go:6:2: moved to heap: x
escape_closure_by_reference.go:7:9: func literal escapes to heap
escape_closure_by_reference.go:16:13: ... argument does not escape
escape_closure_by_reference.go:16:15: c() escapes to heap
