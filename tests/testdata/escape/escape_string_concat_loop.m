escape_string_concat_loop.go:5:14: leaking param: parts to result ~r0 level=1
escape_string_concat_loop.go:13:15: parts does not escape
escape_string_concat_loop.go:16:13: s + p + "-" escapes to heap
escape_string_concat_loop.go:22:19: []string{...} does not escape
escape_string_concat_loop.go:23:13: ... argument does not escape
escape_string_concat_loop.go:23:21: joinAll(parts) escapes to heap
escape_string_concat_loop.go:23:38: joinDash(parts) escapes to heap
