escape_variadic_args.go:5:10: xs does not escape
escape_variadic_args.go:13:11: leaking param: ps to result ~r0 level=1
escape_variadic_args.go:19:13: ... argument does not escape
escape_variadic_args.go:19:17: sum(... argument...) escapes to heap
escape_variadic_args.go:19:17: ... argument does not escape
escape_variadic_args.go:19:28: *keep(... argument...) escapes to heap
escape_variadic_args.go:19:33: ... argument does not escape
