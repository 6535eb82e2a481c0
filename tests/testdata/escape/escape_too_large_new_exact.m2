escape_too_large_new_exact.go:6:10: new([65536]byte) does not escape
escape_too_large_new_exact.go:12:19: okNew() escapes to heap:
escape_too_large_new_exact.go:12:19:   flow: {storage for ... argument} = &{storage for okNew()}:
escape_too_large_new_exact.go:12:19:     from okNew() (spill) at escape_too_large_new_exact.go:12:19
escape_too_large_new_exact.go:12:19:     from ... argument (slice-literal-element) at escape_too_large_new_exact.go:12:13
escape_too_large_new_exact.go:12:19:   flow: {heap} = {storage for ... argument}:
escape_too_large_new_exact.go:12:19:     from ... argument (spill) at escape_too_large_new_exact.go:12:13
escape_too_large_new_exact.go:12:19:     from fmt.Println(... argument...) (call parameter) at escape_too_large_new_exact.go:12:13
escape_too_large_new_exact.go:12:13: ... argument does not escape
escape_too_large_new_exact.go:12:19: okNew() escapes to heap
