escape_global_pointer.go:8:2: x escapes to heap:
escape_global_pointer.go:8:2:   flow: {heap} = &x:
escape_global_pointer.go:8:2:     from &x (address-of) at escape_global_pointer.go:9:7
escape_global_pointer.go:8:2:     from gp = &x (assign) at escape_global_pointer.go:9:5
escape_global_pointer.go:8:2: moved to heap: x
escape_global_pointer.go:14:14: *gp escapes to heap:
escape_global_pointer.go:14:14:   flow: {storage for ... argument} = &{storage for *gp}:
escape_global_pointer.go:14:14:     from *gp (spill) at escape_global_pointer.go:14:14
escape_global_pointer.go:14:14:     from ... argument (slice-literal-element) at escape_global_pointer.go:14:13
escape_global_pointer.go:14:14:   flow: {heap} = {storage for ... argument}:
escape_global_pointer.go:14:14:     from ... argument (spill) at escape_global_pointer.go:14:13
escape_global_pointer.go:14:14:     from fmt.Println(... argument...) (call parameter) at escape_global_pointer.go:14:13
escape_global_pointer.go:14:13: ... argument does not escape
escape_global_pointer.go:14:14: *gp escapes to heap
