escape_string_sprint_concat.go:6:32: first + " " + last escapes to heap:
escape_string_sprint_concat.go:6:32:   flow: {storage for ... argument} = &{storage for first + " " + last}:
escape_string_sprint_concat.go:6:32:     from first + " " + last (spill) at escape_string_sprint_concat.go:6:32
escape_string_sprint_concat.go:6:32:     from ... argument (slice-literal-element) at escape_string_sprint_concat.go:6:19
escape_string_sprint_concat.go:6:32:   flow: {heap} = {storage for ... argument}:
escape_string_sprint_concat.go:6:32:     from ... argument (spill) at escape_string_sprint_concat.go:6:19
escape_string_sprint_concat.go:6:32:     from fmt.Sprint(... argument...) (call parameter) at escape_string_sprint_concat.go:6:19
escape_string_sprint_concat.go:6:32: first + " " + last escapes to heap:
escape_string_sprint_concat.go:6:32:   flow: {storage for first + " " + last} = &{storage for first + " " + last}:
escape_string_sprint_concat.go:6:32:     from first + " " + last (spill) at escape_string_sprint_concat.go:6:32
escape_string_sprint_concat.go:6:32:     from first + " " + last (interface-converted) at escape_string_sprint_concat.go:6:32
escape_string_sprint_concat.go:5:12: first does not escape
escape_string_sprint_concat.go:5:19: last does not escape
escape_string_sprint_concat.go:6:19: ... argument does not escape
escape_string_sprint_concat.go:6:32: first + " " + last escapes to heap
escape_string_sprint_concat.go:6:32: first + " " + last escapes to heap
escape_string_sprint_concat.go:11:30: len(a + b) escapes to heap:
escape_string_sprint_concat.go:11:30:   flow: {storage for ... argument} = &{storage for len(a + b)}:
escape_string_sprint_concat.go:11:30:     from len(a + b) (spill) at escape_string_sprint_concat.go:11:30
escape_string_sprint_concat.go:11:30:     from ... argument (slice-literal-element) at escape_string_sprint_concat.go:11:13
escape_string_sprint_concat.go:11:30:   flow: {heap} = {storage for ... argument}:
escape_string_sprint_concat.go:11:30:     from ... argument (spill) at escape_string_sprint_concat.go:11:13
escape_string_sprint_concat.go:11:30:     from fmt.Println(... argument...) (call parameter) at escape_string_sprint_concat.go:11:13
escape_string_sprint_concat.go:11:19: label(a, b) escapes to heap:
escape_string_sprint_concat.go:11:19:   flow: {storage for ... argument} = &{storage for label(a, b)}:
escape_string_sprint_concat.go:11:19:     from label(a, b) (spill) at escape_string_sprint_concat.go:11:19
escape_string_sprint_concat.go:11:19:     from ... argument (slice-literal-element) at escape_string_sprint_concat.go:11:13
escape_string_sprint_concat.go:11:19:   flow: {heap} = {storage for ... argument}:
escape_string_sprint_concat.go:11:19:     from ... argument (spill) at escape_string_sprint_concat.go:11:13
escape_string_sprint_concat.go:11:19:     from fmt.Println(... argument...) (call parameter) at escape_string_sprint_concat.go:11:13
escape_string_sprint_concat.go:11:13: ... argument does not escape
escape_string_sprint_concat.go:11:19: label(a, b) escapes to heap
escape_string_sprint_concat.go:11:30: len(a + b) escapes to heap
escape_string_sprint_concat.go:11:32: a + b does not escape
