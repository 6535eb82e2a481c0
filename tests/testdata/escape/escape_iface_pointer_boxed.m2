escape_iface_pointer_boxed.go:8:2: x escapes to heap:
escape_iface_pointer_boxed.go:8:2:   flow: {heap} = &x:
escape_iface_pointer_boxed.go:8:2:     from &x (address-of) at escape_iface_pointer_boxed.go:9:9
escape_iface_pointer_boxed.go:8:2:     from &x (interface-converted) at escape_iface_pointer_boxed.go:9:2
escape_iface_pointer_boxed.go:8:2:     from sink = &x (assign) at escape_iface_pointer_boxed.go:9:7
escape_iface_pointer_boxed.go:8:2: moved to heap: x
escape_iface_pointer_boxed.go:14:14: *sink.(*int) escapes to heap:
escape_iface_pointer_boxed.go:14:14:   flow: {storage for ... argument} = &{storage for *sink.(*int)}:
escape_iface_pointer_boxed.go:14:14:     from *sink.(*int) (spill) at escape_iface_pointer_boxed.go:14:14
escape_iface_pointer_boxed.go:14:14:     from ... argument (slice-literal-element) at escape_iface_pointer_boxed.go:14:13
escape_iface_pointer_boxed.go:14:14:   flow: {heap} = {storage for ... argument}:
escape_iface_pointer_boxed.go:14:14:     from ... argument (spill) at escape_iface_pointer_boxed.go:14:13
escape_iface_pointer_boxed.go:14:14:     from fmt.Println(... argument...) (call parameter) at escape_iface_pointer_boxed.go:14:13
escape_iface_pointer_boxed.go:14:13: ... argument does not escape
escape_iface_pointer_boxed.go:14:14: *sink.(*int) escapes to heap
