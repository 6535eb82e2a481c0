escape_too_large_var_plus_one.go:6:6: a escapes to heap:
escape_too_large_var_plus_one.go:6:6:   flow: {heap} = &a:
escape_too_large_var_plus_one.go:6:6:     from a (too large for stack) at escape_too_large_var_plus_one.go:6:6
escape_too_large_var_plus_one.go:6:6: moved to heap: a
escape_too_large_var_plus_one.go:12:20: bigVar() escapes to heap:
escape_too_large_var_plus_one.go:12:20:   flow: {storage for ... argument} = &{storage for bigVar()}:
escape_too_large_var_plus_one.go:12:20:     from bigVar() (spill) at escape_too_large_var_plus_one.go:12:20
escape_too_large_var_plus_one.go:12:20:     from ... argument (slice-literal-element) at escape_too_large_var_plus_one.go:12:13
escape_too_large_var_plus_one.go:12:20:   flow: {heap} = {storage for ... argument}:
escape_too_large_var_plus_one.go:12:20:     from ... argument (spill) at escape_too_large_var_plus_one.go:12:13
escape_too_large_var_plus_one.go:12:20:     from fmt.Println(... argument...) (call parameter) at escape_too_large_var_plus_one.go:12:13
escape_too_large_var_plus_one.go:12:13: ... argument does not escape
escape_too_large_var_plus_one.go:12:20: bigVar() escapes to heap
