escape_too_large_make_plus_one.go:6:11: make([]byte, 64 << 10 + 1) escapes to heap:
escape_too_large_make_plus_one.go:6:11:   flow: {heap} = &{storage for make([]byte, 64 << 10 + 1)}:
escape_too_large_make_plus_one.go:6:11:     from make([]byte, 64 << 10 + 1) (too large for stack) at escape_too_large_make_plus_one.go:6:11
escape_too_large_make_plus_one.go:6:11: make([]byte, 64 << 10 + 1) escapes to heap
escape_too_large_make_plus_one.go:12:21: bigMake() escapes to heap:
escape_too_large_make_plus_one.go:12:21:   flow: {storage for ... argument} = &{storage for bigMake()}:
escape_too_large_make_plus_one.go:12:21:     from bigMake() (spill) at escape_too_large_make_plus_one.go:12:21
escape_too_large_make_plus_one.go:12:21:     from ... argument (slice-literal-element) at escape_too_large_make_plus_one.go:12:13
escape_too_large_make_plus_one.go:12:21:   flow: {heap} = {storage for ... argument}:
escape_too_large_make_plus_one.go:12:21:     from ... argument (spill) at escape_too_large_make_plus_one.go:12:13
escape_too_large_make_plus_one.go:12:21:     from fmt.Println(... argument...) (call parameter) at escape_too_large_make_plus_one.go:12:13
escape_too_large_make_plus_one.go:12:13: ... argument does not escape
escape_too_large_make_plus_one.go:12:21: bigMake() escapes to heap
