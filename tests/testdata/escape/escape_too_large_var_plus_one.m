escape_too_large_var_plus_one.go:6:6: moved to heap: a
escape_too_large_var_plus_one.go:12:13: ... argument does not escape
escape_too_large_var_plus_one.go:12:20: bigVar() escapes to heap
