escape_recursive.go:14:9: &List{...} escapes to heap:
escape_recursive.go:14:9:   flow: ~r0 = &{storage for &List{...}}:
escape_recursive.go:14:9:     from &List{...} (spill) at escape_recursive.go:14:9
escape_recursive.go:14:9:     from return &List{...} (return) at escape_recursive.go:14:2
escape_recursive.go:14:9: &List{...} escapes to heap
escape_recursive.go:17:10: l does not escape
escape_recursive.go:25:17: sum(build(4)) escapes to heap:
escape_recursive.go:25:17:   flow: {storage for ... argument} = &{storage for sum(build(4))}:
escape_recursive.go:25:17:     from sum(build(4)) (spill) at escape_recursive.go:25:17
escape_recursive.go:25:17:     from ... argument (slice-literal-element) at escape_recursive.go:25:13
escape_recursive.go:25:17:   flow: {heap} = {storage for ... argument}:
escape_recursive.go:25:17:     from ... argument (spill) at escape_recursive.go:25:13
escape_recursive.go:25:17:     from fmt.Println(... argument...) (call parameter) at escape_recursive.go:25:13
escape_recursive.go:25:13: ... argument does not escape
escape_recursive.go:25:17: sum(build(4)) escapes to heap
