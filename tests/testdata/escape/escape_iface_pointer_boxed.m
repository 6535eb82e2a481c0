escape_iface_pointer_boxed.go:8:2: moved to heap: x
escape_iface_pointer_boxed.go:14:13: ... argument does not escape
escape_iface_pointer_boxed.go:14:14: *sink.(*int) escapes to heap
