escape_multiple_results.go:5:11: parameter p leaks to ~r1 with derefs=0:
escape_multiple_results.go:5:11:   flow: ~r1 = p:
escape_multiple_results.go:5:11:     from return q, p (return) at escape_multiple_results.go:6:2
escape_multiple_results.go:5:14: parameter q leaks to ~r0 with derefs=0:
escape_multiple_results.go:5:14:   flow: ~r0 = q:
escape_multiple_results.go:5:14:     from return q, p (return) at escape_multiple_results.go:6:2
escape_multiple_results.go:5:11: leaking param: p to result ~r1 level=0
escape_multiple_results.go:5:14: leaking param: q to result ~r0 level=0
escape_multiple_results.go:12:18: *b escapes to heap:
escape_multiple_results.go:12:18:   flow: {storage for ... argument} = &{storage for *b}:
escape_multiple_results.go:12:18:     from *b (spill) at escape_multiple_results.go:12:18
escape_multiple_results.go:12:18:     from ... argument (slice-literal-element) at escape_multiple_results.go:12:13
escape_multiple_results.go:12:18:   flow: {heap} = {storage for ... argument}:
escape_multiple_results.go:12:18:     from ... argument (spill) at escape_multiple_results.go:12:13
escape_multiple_results.go:12:18:     from fmt.Println(... argument...) (call parameter) at escape_multiple_results.go:12:13
escape_multiple_results.go:12:14: *a escapes to heap:
escape_multiple_results.go:12:14:   flow: {storage for ... argument} = &{storage for *a}:
escape_multiple_results.go:12:14:     from *a (spill) at escape_multiple_results.go:12:14
escape_multiple_results.go:12:14:     from ... argument (slice-literal-element) at escape_multiple_results.go:12:13
escape_multiple_results.go:12:14:   flow: {heap} = {storage for ... argument}:
escape_multiple_results.go:12:14:     from ... argument (spill) at escape_multiple_results.go:12:13
escape_multiple_results.go:12:14:     from fmt.Println(... argument...) (call parameter) at escape_multiple_results.go:12:13
escape_multiple_results.go:12:13: ... argument does not escape
escape_multiple_results.go:12:14: *a escapes to heap
escape_multiple_results.go:12:18: *b escapes to heap
