escape_make_nonconstant_size.go:6:11: make([]int, n) escapes to heap:
escape_make_nonconstant_size.go:6:11:   flow: {heap} = &{storage for make([]int, n)}:
escape_make_nonconstant_size.go:6:11:     from make([]int, n) (non-constant size) at escape_make_nonconstant_size.go:6:11
escape_make_nonconstant_size.go:6:11: make([]int, n) escapes to heap
escape_make_nonconstant_size.go:11:21: varMake(3) escapes to heap:
escape_make_nonconstant_size.go:11:21:   flow: {storage for ... argument} = &{storage for varMake(3)}:
escape_make_nonconstant_size.go:11:21:     from varMake(3) (spill) at escape_make_nonconstant_size.go:11:21
escape_make_nonconstant_size.go:11:21:     from ... argument (slice-literal-element) at escape_make_nonconstant_size.go:11:13
escape_make_nonconstant_size.go:11:21:   flow: {heap} = {storage for ... argument}:
escape_make_nonconstant_size.go:11:21:     from ... argument (spill) at escape_make_nonconstant_size.go:11:13
escape_make_nonconstant_size.go:11:21:     from fmt.Println(... argument...) (call parameter) at escape_make_nonconstant_size.go:11:13
escape_make_nonconstant_size.go:11:13: ... argument does not escape
escape_make_nonconstant_size.go:11:21: varMake(3) escapes to heap
