escape_too_large_new_plus_one.go:6:10: new([65537]byte) escapes to heap:
escape_too_large_new_plus_one.go:6:10:   flow: {heap} = &{storage for new([65537]byte)}:
escape_too_large_new_plus_one.go:6:10:     from new([65537]byte) (too large for stack) at escape_too_large_new_plus_one.go:6:10
escape_too_large_new_plus_one.go:6:10: new([65537]byte) escapes to heap
escape_too_large_new_plus_one.go:12:20: bigNew() escapes to heap:
escape_too_large_new_plus_one.go:12:20:   flow: {storage for ... argument} = &{storage for bigNew()}:
escape_too_large_new_plus_one.go:12:20:     from bigNew() (spill) at escape_too_large_new_plus_one.go:12:20
escape_too_large_new_plus_one.go:12:20:     from ... argument (slice-literal-element) at escape_too_large_new_plus_one.go:12:13
escape_too_large_new_plus_one.go:12:20:   flow: {heap} = {storage for ... argument}:
escape_too_large_new_plus_one.go:12:20:     from ... argument (spill) at escape_too_large_new_plus_one.go:12:13
escape_too_large_new_plus_one.go:12:20:     from fmt.Println(... argument...) (call parameter) at escape_too_large_new_plus_one.go:12:13
escape_too_large_new_plus_one.go:12:13: ... argument does not escape
escape_too_large_new_plus_one.go:12:20: bigNew() escapes to heap
