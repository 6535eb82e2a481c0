escape_new_no_escape.go:8:10: new(T) does not escape
escape_new_no_escape.go:10:7: &T{...} does not escape
escape_new_no_escape.go:15:12: new(T) escapes to heap:
escape_new_no_escape.go:15:12:   flow: ~r0 = &{storage for new(T)}:
escape_new_no_escape.go:15:12:     from new(T) (spill) at escape_new_no_escape.go:15:12
escape_new_no_escape.go:15:12:     from return new(T) (return) at escape_new_no_escape.go:15:2
escape_new_no_escape.go:15:12: new(T) escapes to heap
escape_new_no_escape.go:19:33: returned().a escapes to heap:
escape_new_no_escape.go:19:33:   flow: {storage for ... argument} = &{storage for returned().a}:
escape_new_no_escape.go:19:33:     from returned().a (spill) at escape_new_no_escape.go:19:33
escape_new_no_escape.go:19:33:     from ... argument (slice-literal-element) at escape_new_no_escape.go:19:13
escape_new_no_escape.go:19:33:   flow: {heap} = {storage for ... argument}:
escape_new_no_escape.go:19:33:     from ... argument (spill) at escape_new_no_escape.go:19:13
escape_new_no_escape.go:19:33:     from fmt.Println(... argument...) (call parameter) at escape_new_no_escape.go:19:13
escape_new_no_escape.go:19:19: local() escapes to heap:
escape_new_no_escape.go:19:19:   flow: {storage for ... argument} = &{storage for local()}:
escape_new_no_escape.go:19:19:     from local() (spill) at escape_new_no_escape.go:19:19
escape_new_no_escape.go:19:19:     from ... argument (slice-literal-element) at escape_new_no_escape.go:19:13
escape_new_no_escape.go:19:19:   flow: {heap} = {storage for ... argument}:
escape_new_no_escape.go:19:19:     from ... argument (spill) at escape_new_no_escape.go:19:13
escape_new_no_escape.go:19:19:     from fmt.Println(... argument...) (call parameter) at escape_new_no_escape.go:19:13
escape_new_no_escape.go:19:13: ... argument does not escape
escape_new_no_escape.go:19:19: local() escapes to heap
escape_new_no_escape.go:19:33: returned().a escapes to heap
