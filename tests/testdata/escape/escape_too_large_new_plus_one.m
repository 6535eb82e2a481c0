escape_too_large_new_plus_one.go:6:10: new([65537]byte) escapes to heap
escape_too_large_new_plus_one.go:12:13: ... argument does not escape
escape_too_large_new_plus_one.go:12:20: bigNew() escapes to heap
