escape_method_value_local.go:11:8: t.Get does not escape
escape_method_value_local.go:16:19: local() escapes to heap:
escape_method_value_local.go:16:19:   flow: {storage for ... argument} = &{storage for local()}:
escape_method_value_local.go:16:19:     from local() (spill) at escape_method_value_local.go:16:19
escape_method_value_local.go:16:19:     from ... argument (slice-literal-element) at escape_method_value_local.go:16:13
escape_method_value_local.go:16:19:   flow: {heap} = {storage for ... argument}:
escape_method_value_local.go:16:19:     from ... argument (spill) at escape_method_value_local.go:16:13
escape_method_value_local.go:16:19:     from fmt.Println(... argument...) (call parameter) at escape_method_value_local.go:16:13
escape_method_value_local.go:16:13: ... argument does not escape
escape_method_value_local.go:16:19: local() escapes to heap
