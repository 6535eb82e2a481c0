escape_append_param_returned.go:5:10: parameter s leaks to ~r0 with derefs=0:
escape_append_param_returned.go:5:10:   flow: ~r0 = s:
escape_append_param_returned.go:5:10:     from append(s, v) (call parameter) at escape_append_param_returned.go:6:15
escape_append_param_returned.go:5:10:     from return append(s, v) (return) at escape_append_param_returned.go:6:2
escape_append_param_returned.go:5:10: leaking param: s to result ~r0 level=0
escape_append_param_returned.go:12:17: len(s) escapes to heap:
escape_append_param_returned.go:12:17:   flow: {storage for ... argument} = &{storage for len(s)}:
escape_append_param_returned.go:12:17:     from len(s) (spill) at escape_append_param_returned.go:12:17
escape_append_param_returned.go:12:17:     from ... argument (slice-literal-element) at escape_append_param_returned.go:12:13
escape_append_param_returned.go:12:17:   flow: {heap} = {storage for ... argument}:
escape_append_param_returned.go:12:17:     from ... argument (spill) at escape_append_param_returned.go:12:13
escape_append_param_returned.go:12:17:     from fmt.Println(... argument...) (call parameter) at escape_append_param_returned.go:12:13
escape_append_param_returned.go:12:13: ... argument does not escape
escape_append_param_returned.go:12:17: len(s) escapes to heap
