escape_recursive_pointer_param.go:5:18: acc does not escape
escape_recursive_pointer_param.go:16:13: r escapes to heap:
escape_recursive_pointer_param.go:16:13:   flow: {storage for ... argument} = &{storage for r}:
escape_recursive_pointer_param.go:16:13:     from r (spill) at escape_recursive_pointer_param.go:16:13
escape_recursive_pointer_param.go:16:13:     from ... argument (slice-literal-element) at escape_recursive_pointer_param.go:16:13
escape_recursive_pointer_param.go:16:13:   flow: {heap} = {storage for ... argument}:
escape_recursive_pointer_param.go:16:13:     from ... argument (spill) at escape_recursive_pointer_param.go:16:13
escape_recursive_pointer_param.go:16:13:     from fmt.Println(... argument...) (call parameter) at escape_recursive_pointer_param.go:16:13
escape_recursive_pointer_param.go:16:13: ... argument does not escape
escape_recursive_pointer_param.go:16:13: r escapes to heap
