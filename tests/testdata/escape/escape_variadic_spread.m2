escape_variadic_spread.go:7:11: parameter xs leaks to {heap} with derefs=0:
escape_variadic_spread.go:7:11:   flow: {heap} = xs:
escape_variadic_spread.go:7:11:     from saved = xs (assign) at escape_variadic_spread.go:8:8
escape_variadic_spread.go:7:11: leaking param: xs
escape_variadic_spread.go:12:6: ... argument escapes to heap:
escape_variadic_spread.go:12:6:   flow: {heap} = &{storage for ... argument}:
escape_variadic_spread.go:12:6:     from ... argument (spill) at escape_variadic_spread.go:12:6
escape_variadic_spread.go:12:6:     from save(... argument...) (call parameter) at escape_variadic_spread.go:12:6
escape_variadic_spread.go:15:17: len(saved) escapes to heap:
escape_variadic_spread.go:15:17:   flow: {storage for ... argument} = &{storage for len(saved)}:
escape_variadic_spread.go:15:17:     from len(saved) (spill) at escape_variadic_spread.go:15:17
escape_variadic_spread.go:15:17:     from ... argument (slice-literal-element) at escape_variadic_spread.go:15:13
escape_variadic_spread.go:15:17:   flow: {heap} = {storage for ... argument}:
escape_variadic_spread.go:15:17:     from ... argument (spill) at escape_variadic_spread.go:15:13
escape_variadic_spread.go:15:17:     from fmt.Println(... argument...) (call parameter) at escape_variadic_spread.go:15:13
escape_variadic_spread.go:13:12: []int{...} escapes to heap:
escape_variadic_spread.go:13:12:   flow: s = &{storage for []int{...}}:
escape_variadic_spread.go:13:12:     from []int{...} (spill) at escape_variadic_spread.go:13:12
escape_variadic_spread.go:13:12:     from s := []int{...} (assign) at escape_variadic_spread.go:13:4
escape_variadic_spread.go:13:12:   flow: {heap} = s:
escape_variadic_spread.go:13:12:     from save(s...) (call parameter) at escape_variadic_spread.go:14:6
escape_variadic_spread.go:12:6: ... argument escapes to heap
escape_variadic_spread.go:13:12: []int{...} escapes to heap
escape_variadic_spread.go:15:13: ... argument does not escape
escape_variadic_spread.go:15:17: len(saved) escapes to heap
