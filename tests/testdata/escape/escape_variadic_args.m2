escape_variadic_args.go:5:10: xs does not escape
escape_variadic_args.go:13:11: parameter ps leaks to ~r0 with derefs=1:
escape_variadic_args.go:13:11:   flow: ~r0 = *ps:
escape_variadic_args.go:13:11:     from ps[0] (dot of pointer) at escape_variadic_args.go:14:11
escape_variadic_args.go:13:11:     from return ps[0] (return) at escape_variadic_args.go:14:2
escape_variadic_args.go:13:11: leaking param: ps to result ~r0 level=1
escape_variadic_args.go:19:28: *keep(... argument...) escapes to heap:
escape_variadic_args.go:19:28:   flow: {storage for ... argument} = &{storage for *keep(... argument...)}:
escape_variadic_args.go:19:28:     from *keep(... argument...) (spill) at escape_variadic_args.go:19:28
escape_variadic_args.go:19:28:     from ... argument (slice-literal-element) at escape_variadic_args.go:19:13
escape_variadic_args.go:19:28:   flow: {heap} = {storage for ... argument}:
escape_variadic_args.go:19:28:     from ... argument (spill) at escape_variadic_args.go:19:13
escape_variadic_args.go:19:28:     from fmt.Println(... argument...) (call parameter) at escape_variadic_args.go:19:13
escape_variadic_args.go:19:17: sum(... argument...) escapes to heap:
escape_variadic_args.go:19:17:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
escape_variadic_args.go:19:17:     from sum(... argument...) (spill) at escape_variadic_args.go:19:17
escape_variadic_args.go:19:17:     from ... argument (slice-literal-element) at escape_variadic_args.go:19:13
escape_variadic_args.go:19:17:   flow: {heap} = {storage for ... argument}:
escape_variadic_args.go:19:17:     from ... argument (spill) at escape_variadic_args.go:19:13
escape_variadic_args.go:19:17:     from fmt.Println(... argument...) (call parameter) at escape_variadic_args.go:19:13
escape_variadic_args.go:19:13: ... argument does not escape
escape_variadic_args.go:19:17: sum(... argument...) escapes to heap
escape_variadic_args.go:19:17: ... argument does not escape
escape_variadic_args.go:19:28: *keep(... argument...) escapes to heap
escape_variadic_args.go:19:33: ... argument does not escape
