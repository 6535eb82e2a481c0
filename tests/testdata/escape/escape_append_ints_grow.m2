escape_append_ints_grow.go:6:11: make([]int, 0, 4) does not escape
escape_append_ints_grow.go:14:18: grow() escapes to heap:
escape_append_ints_grow.go:14:18:   flow: {storage for ... argument} = &{storage for grow()}:
escape_append_ints_grow.go:14:18:     from grow() (spill) at escape_append_ints_grow.go:14:18
escape_append_ints_grow.go:14:18:     from ... argument (slice-literal-element) at escape_append_ints_grow.go:14:13
escape_append_ints_grow.go:14:18:   flow: {heap} = {storage for ... argument}:
escape_append_ints_grow.go:14:18:     from ... argument (spill) at escape_append_ints_grow.go:14:13
escape_append_ints_grow.go:14:18:     from fmt.Println(... argument...) (call parameter) at escape_append_ints_grow.go:14:13
escape_append_ints_grow.go:14:13: ... argument does not escape
escape_append_ints_grow.go:14:18: grow() escapes to heap
