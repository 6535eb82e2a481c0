escape_too_large_var_exact.go:12:13: ... argument does not escape
escape_too_large_var_exact.go:12:19: okVar() escapes to heap
