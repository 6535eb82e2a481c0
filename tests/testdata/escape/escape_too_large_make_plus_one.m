escape_too_large_make_plus_one.go:6:11: make([]byte, 64 << 10 + 1) escapes to heap
escape_too_large_make_plus_one.go:12:13: ... argument does not escape
escape_too_large_make_plus_one.go:12:21: bigMake() escapes to heap
