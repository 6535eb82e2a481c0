escape_multiple_results.go:5:11: leaking param: p to result ~r1 level=0
escape_multiple_results.go:5:14: leaking param: q to result ~r0 level=0
escape_multiple_results.go:12:13: ... argument does not escape
escape_multiple_results.go:12:14: *a escapes to heap
escape_multiple_results.go:12:18: *b escapes to heap
