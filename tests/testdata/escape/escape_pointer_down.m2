escape_pointer_down.go:5:12: p does not escape
escape_pointer_down.go:11:19: deref(&x) escapes to heap:
escape_pointer_down.go:11:19:   flow: {storage for ... argument} = &{storage for deref(&x)}:
escape_pointer_down.go:11:19:     from deref(&x) (spill) at escape_pointer_down.go:11:19
escape_pointer_down.go:11:19:     from ... argument (slice-literal-element) at escape_pointer_down.go:11:13
escape_pointer_down.go:11:19:   flow: {heap} = {storage for ... argument}:
escape_pointer_down.go:11:19:     from ... argument (spill) at escape_pointer_down.go:11:13
escape_pointer_down.go:11:19:     from fmt.Println(... argument...) (call parameter) at escape_pointer_down.go:11:13
escape_pointer_down.go:11:13: ... argument does not escape
escape_pointer_down.go:11:19: deref(&x) escapes to heap
