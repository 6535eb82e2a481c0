escape_too_large_composite_exact.go:10:7: &Big{} does not escape
escape_too_large_composite_exact.go:16:19: okLit() escapes to heap:
escape_too_large_composite_exact.go:16:19:   flow: {storage for ... argument} = &{storage for okLit()}:
escape_too_large_composite_exact.go:16:19:     from okLit() (spill) at escape_too_large_composite_exact.go:16:19
escape_too_large_composite_exact.go:16:19:     from ... argument (slice-literal-element) at escape_too_large_composite_exact.go:16:13
escape_too_large_composite_exact.go:16:19:   flow: {heap} = {storage for ... argument}:
escape_too_large_composite_exact.go:16:19:     from ... argument (spill) at escape_too_large_composite_exact.go:16:13
escape_too_large_composite_exact.go:16:19:     from fmt.Println(... argument...) (call parameter) at escape_too_large_composite_exact.go:16:13
escape_too_large_composite_exact.go:16:13: ... argument does not escape
escape_too_large_composite_exact.go:16:19: okLit() escapes to heap
