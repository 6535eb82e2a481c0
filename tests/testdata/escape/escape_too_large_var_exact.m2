escape_too_large_var_exact.go:12:19: okVar() escapes to heap:
escape_too_large_var_exact.go:12:19:   flow: {storage for ... argument} = &{storage for okVar()}:
escape_too_large_var_exact.go:12:19:     from okVar() (spill) at escape_too_large_var_exact.go:12:19
escape_too_large_var_exact.go:12:19:     from ... argument (slice-literal-element) at escape_too_large_var_exact.go:12:13
escape_too_large_var_exact.go:12:19:   flow: {heap} = {storage for ... argument}:
escape_too_large_var_exact.go:12:19:     from ... argument (spill) at escape_too_large_var_exact.go:12:13
escape_too_large_var_exact.go:12:19:     from fmt.Println(... argument...) (call parameter) at escape_too_large_var_exact.go:12:13
escape_too_large_var_exact.go:12:13: ... argument does not escape
escape_too_large_var_exact.go:12:19: okVar() escapes to heap
