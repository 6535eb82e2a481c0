escape_pointer_down.go:5:12: p does not escape
escape_pointer_down.go:11:13: ... argument does not escape
escape_pointer_down.go:11:19: deref(&x) escapes to heap
