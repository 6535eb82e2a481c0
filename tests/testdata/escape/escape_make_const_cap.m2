escape_make_const_cap.go:6:11: make([]int, n, 10) does not escape
escape_make_const_cap.go:11:22: capConst(4) escapes to heap:
escape_make_const_cap.go:11:22:   flow: {storage for ... argument} = &{storage for capConst(4)}:
escape_make_const_cap.go:11:22:     from capConst(4) (spill) at escape_make_const_cap.go:11:22
escape_make_const_cap.go:11:22:     from ... argument (slice-literal-element) at escape_make_const_cap.go:11:13
escape_make_const_cap.go:11:22:   flow: {heap} = {storage for ... argument}:
escape_make_const_cap.go:11:22:     from ... argument (spill) at escape_make_const_cap.go:11:13
escape_make_const_cap.go:11:22:     from fmt.Println(... argument...) (call parameter) at escape_make_const_cap.go:11:13
escape_make_const_cap.go:11:13: ... argument does not escape
escape_make_const_cap.go:11:22: capConst(4) escapes to heap
