escape_make_const_named.go:8:11: make([]int, N) does not escape
escape_make_const_named.go:13:23: constMake() escapes to heap:
escape_make_const_named.go:13:23:   flow: {storage for ... argument} = &{storage for constMake()}:
escape_make_const_named.go:13:23:     from constMake() (spill) at escape_make_const_named.go:13:23
escape_make_const_named.go:13:23:     from ... argument (slice-literal-element) at escape_make_const_named.go:13:13
escape_make_const_named.go:13:23:   flow: {heap} = {storage for ... argument}:
escape_make_const_named.go:13:23:     from ... argument (spill) at escape_make_const_named.go:13:13
escape_make_const_named.go:13:23:     from fmt.Println(... argument...) (call parameter) at escape_make_const_named.go:13:13
escape_make_const_named.go:13:13: ... argument does not escape
escape_make_const_named.go:13:23: constMake() escapes to heap
