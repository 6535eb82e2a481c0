escape_too_large_composite_plus_one.go:11:7: &Big{} escapes to heap:
escape_too_large_composite_plus_one.go:11:7:   flow: {heap} = &{storage for &Big{}}:
escape_too_large_composite_plus_one.go:11:7:     from &Big{} (too large for stack) at escape_too_large_composite_plus_one.go:11:7
escape_too_large_composite_plus_one.go:11:7: &Big{} escapes to heap
escape_too_large_composite_plus_one.go:17:20: bigLit() escapes to heap:
escape_too_large_composite_plus_one.go:17:20:   flow: {storage for ... argument} = &{storage for bigLit()}:
escape_too_large_composite_plus_one.go:17:20:     from bigLit() (spill) at escape_too_large_composite_plus_one.go:17:20
escape_too_large_composite_plus_one.go:17:20:     from ... argument (slice-literal-element) at escape_too_large_composite_plus_one.go:17:13
escape_too_large_composite_plus_one.go:17:20:   flow: {heap} = {storage for ... argument}:
escape_too_large_composite_plus_one.go:17:20:     from ... argument (spill) at escape_too_large_composite_plus_one.go:17:13
escape_too_large_composite_plus_one.go:17:20:     from fmt.Println(... argument...) (call parameter) at escape_too_large_composite_plus_one.go:17:13
escape_too_large_composite_plus_one.go:17:13: ... argument does not escape
escape_too_large_composite_plus_one.go:17:20: bigLit() escapes to heap
