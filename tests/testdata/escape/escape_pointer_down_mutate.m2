escape_pointer_down_mutate.go:5:10: p does not escape
escape_pointer_down_mutate.go:14:13: n escapes to heap:
escape_pointer_down_mutate.go:14:13:   flow: {storage for ... argument} = &{storage for n}:
escape_pointer_down_mutate.go:14:13:     from n (spill) at escape_pointer_down_mutate.go:14:13
escape_pointer_down_mutate.go:14:13:     from ... argument (slice-literal-element) at escape_pointer_down_mutate.go:14:13
escape_pointer_down_mutate.go:14:13:   flow: {heap} = {storage for ... argument}:
escape_pointer_down_mutate.go:14:13:     from ... argument (spill) at escape_pointer_down_mutate.go:14:13
escape_pointer_down_mutate.go:14:13:     from fmt.Println(... argument...) (call parameter) at escape_pointer_down_mutate.go:14:13
escape_pointer_down_mutate.go:14:13: ... argument does not escape
escape_pointer_down_mutate.go:14:13: n escapes to heap
