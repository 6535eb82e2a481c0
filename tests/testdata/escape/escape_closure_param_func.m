escape_closure_param_func.go:5:12: f does not escape
escape_closure_param_func.go:11:13: ... argument does not escape
escape_closure_param_func.go:11:19: apply(func literal, 4) escapes to heap
escape_closure_param_func.go:11:20: func literal does not escape
