escape_too_large_make_exact.go:6:11: make([]int, 8192) does not escape
escape_too_large_make_exact.go:12:20: okMake() escapes to heap:
escape_too_large_make_exact.go:12:20:   flow: {storage for ... argument} = &{storage for okMake()}:
escape_too_large_make_exact.go:12:20:     from okMake() (spill) at escape_too_large_make_exact.go:12:20
escape_too_large_make_exact.go:12:20:     from ... argument (slice-literal-element) at escape_too_large_make_exact.go:12:13
escape_too_large_make_exact.go:12:20:   flow: {heap} = {storage for ... argument}:
escape_too_large_make_exact.go:12:20:     from ... argument (spill) at escape_too_large_make_exact.go:12:13
escape_too_large_make_exact.go:12:20:     from fmt.Println(... argument...) (call parameter) at escape_too_large_make_exact.go:12:13
escape_too_large_make_exact.go:12:13: ... argument does not escape
escape_too_large_make_exact.go:12:20: okMake() escapes to heap
