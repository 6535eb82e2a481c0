escape_too_large_new_exact.go:6:10: new([65536]byte) does not escape
escape_too_large_new_exact.go:12:13: ... argument does not escape
escape_too_large_new_exact.go:12:19: okNew() escapes to heap
