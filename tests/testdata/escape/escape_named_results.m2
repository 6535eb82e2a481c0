escape_named_results.go:5:11: parameter a leaks to first with derefs=0:
escape_named_results.go:5:11:   flow: first = a:
escape_named_results.go:5:11:     from first = a (assign) at escape_named_results.go:6:8
escape_named_results.go:5:11: leaking param: a to result first level=0
escape_named_results.go:5:14: b does not escape
escape_named_results.go:14:14: v escapes to heap:
escape_named_results.go:14:14:   flow: {storage for ... argument} = &{storage for v}:
escape_named_results.go:14:14:     from v (spill) at escape_named_results.go:14:14
escape_named_results.go:14:14:     from ... argument (slice-literal-element) at escape_named_results.go:14:13
escape_named_results.go:14:14:   flow: {heap} = {storage for ... argument}:
escape_named_results.go:14:14:     from ... argument (spill) at escape_named_results.go:14:13
escape_named_results.go:14:14:     from fmt.Println(... argument...) (call parameter) at escape_named_results.go:14:13
escape_named_results.go:14:14: *p escapes to heap:
escape_named_results.go:14:14:   flow: {storage for ... argument} = &{storage for *p}:
escape_named_results.go:14:14:     from *p (spill) at escape_named_results.go:14:14
escape_named_results.go:14:14:     from ... argument (slice-literal-element) at escape_named_results.go:14:13
escape_named_results.go:14:14:   flow: {heap} = {storage for ... argument}:
escape_named_results.go:14:14:     from ... argument (spill) at escape_named_results.go:14:13
escape_named_results.go:14:14:     from fmt.Println(... argument...) (call parameter) at escape_named_results.go:14:13
escape_named_results.go:14:13: ... argument does not escape
escape_named_results.go:14:14: *p escapes to heap
escape_named_results.go:14:14: v escapes to heap
