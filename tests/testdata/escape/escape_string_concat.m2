escape_string_concat.go:6:11: a + b escapes to heap:
escape_string_concat.go:6:11:   flow: ~r0 = &{storage for a + b}:
escape_string_concat.go:6:11:     from a + b (spill) at escape_string_concat.go:6:11
escape_string_concat.go:6:11:     from return a + b (return) at escape_string_concat.go:6:2
escape_string_concat.go:5:11: a does not escape
escape_string_concat.go:5:14: b does not escape
escape_string_concat.go:6:11: a + b escapes to heap
escape_string_concat.go:9:12: a does not escape
escape_string_concat.go:9:15: b does not escape
escape_string_concat.go:10:15: a + "-" + b does not escape
escape_string_concat.go:15:35: local("a", "b") escapes to heap:
escape_string_concat.go:15:35:   flow: {storage for ... argument} = &{storage for local("a", "b")}:
escape_string_concat.go:15:35:     from local("a", "b") (spill) at escape_string_concat.go:15:35
escape_string_concat.go:15:35:     from ... argument (slice-literal-element) at escape_string_concat.go:15:13
escape_string_concat.go:15:35:   flow: {heap} = {storage for ... argument}:
escape_string_concat.go:15:35:     from ... argument (spill) at escape_string_concat.go:15:13
escape_string_concat.go:15:35:     from fmt.Println(... argument...) (call parameter) at escape_string_concat.go:15:13
escape_string_concat.go:15:18: join("x", "y") escapes to heap:
escape_string_concat.go:15:18:   flow: {storage for ... argument} = &{storage for join("x", "y")}:
escape_string_concat.go:15:18:     from join("x", "y") (spill) at escape_string_concat.go:15:18
escape_string_concat.go:15:18:     from ... argument (slice-literal-element) at escape_string_concat.go:15:13
escape_string_concat.go:15:18:   flow: {heap} = {storage for ... argument}:
escape_string_concat.go:15:18:     from ... argument (spill) at escape_string_concat.go:15:13
escape_string_concat.go:15:18:     from fmt.Println(... argument...) (call parameter) at escape_string_concat.go:15:13
escape_string_concat.go:15:13: ... argument does not escape
escape_string_concat.go:15:18: join("x", "y") escapes to heap
escape_string_concat.go:15:35: local("a", "b") escapes to heap
