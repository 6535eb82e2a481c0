escape_append_param_returned.go:5:10: leaking param: s to result ~r0 level=0
escape_append_param_returned.go:12:13: ... argument does not escape
escape_append_param_returned.go:12:17: len(s) escapes to heap
