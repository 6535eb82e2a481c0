escape_string_concat_loop.go:5:14: parameter parts leaks to ~r0 with derefs=1:
escape_string_concat_loop.go:5:14:   flow: {temp} = parts:
escape_string_concat_loop.go:5:14:   flow: p = *{temp}:
escape_string_concat_loop.go:5:14:     from for loop (range-deref) at escape_string_concat_loop.go:7:14
escape_string_concat_loop.go:5:14:   flow: s = p:
escape_string_concat_loop.go:5:14:     from s += p (assign) at escape_string_concat_loop.go:8:5
escape_string_concat_loop.go:5:14:   flow: ~r0 = s:
escape_string_concat_loop.go:5:14:     from return s (return) at escape_string_concat_loop.go:10:2
escape_string_concat_loop.go:5:14: leaking param: parts to result ~r0 level=1
escape_string_concat_loop.go:16:13: s + p + "-" escapes to heap:
escape_string_concat_loop.go:16:13:   flow: s = &{storage for s + p + "-"}:
escape_string_concat_loop.go:16:13:     from s + p + "-" (spill) at escape_string_concat_loop.go:16:13
escape_string_concat_loop.go:16:13:     from s = s + p + "-" (assign) at escape_string_concat_loop.go:16:5
escape_string_concat_loop.go:13:15: parts does not escape
escape_string_concat_loop.go:16:13: s + p + "-" escapes to heap
escape_string_concat_loop.go:23:38: joinDash(parts) escapes to heap:
escape_string_concat_loop.go:23:38:   flow: {storage for ... argument} = &{storage for joinDash(parts)}:
escape_string_concat_loop.go:23:38:     from joinDash(parts) (spill) at escape_string_concat_loop.go:23:38
escape_string_concat_loop.go:23:38:     from ... argument (slice-literal-element) at escape_string_concat_loop.go:23:13
escape_string_concat_loop.go:23:38:   flow: {heap} = {storage for ... argument}:
escape_string_concat_loop.go:23:38:     from ... argument (spill) at escape_string_concat_loop.go:23:13
escape_string_concat_loop.go:23:38:     from fmt.Println(... argument...) (call parameter) at escape_string_concat_loop.go:23:13
escape_string_concat_loop.go:23:21: joinAll(parts) escapes to heap:
escape_string_concat_loop.go:23:21:   flow: {storage for ... argument} = &{storage for joinAll(parts)}:
escape_string_concat_loop.go:23:21:     from joinAll(parts) (spill) at escape_string_concat_loop.go:23:21
escape_string_concat_loop.go:23:21:     from ... argument (slice-literal-element) at escape_string_concat_loop.go:23:13
escape_string_concat_loop.go:23:21:   flow: {heap} = {storage for ... argument}:
escape_string_concat_loop.go:23:21:     from ... argument (spill) at escape_string_concat_loop.go:23:13
escape_string_concat_loop.go:23:21:     from fmt.Println(... argument...) (call parameter) at escape_string_concat_loop.go:23:13
escape_string_concat_loop.go:22:19: []string{...} does not escape
escape_string_concat_loop.go:23:13: ... argument does not escape
escape_string_concat_loop.go:23:21: joinAll(parts) escapes to heap
escape_string_concat_loop.go:23:38: joinDash(parts) escapes to heap
