escape_named_results.go:5:11: leaking param: a to result first level=0
escape_named_results.go:5:14: b does not escape
escape_named_results.go:14:13: ... argument does not escape
escape_named_results.go:14:14: *p escapes to heap
escape_named_results.go:14:14: v escapes to heap
