escape_too_large_make_exact.go:6:11: make([]int, 8192) does not escape
escape_too_large_make_exact.go:12:13: ... argument does not escape
escape_too_large_make_exact.go:12:20: okMake() escapes to heap
