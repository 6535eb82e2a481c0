escape_closure_loop_var_copy.go:9:19: func literal escapes to heap
escape_closure_loop_var_copy.go:19:13: ... argument does not escape
escape_closure_loop_var_copy.go:19:13: t escapes to heap
