escape_variadic_spread.go:7:11: leaking param: xs
escape_variadic_spread.go:12:6: ... argument escapes to heap
escape_variadic_spread.go:13:12: []int{...} escapes to heap
escape_variadic_spread.go:15:13: ... argument does not escape
escape_variadic_spread.go:15:17: len(saved) escapes to heap
