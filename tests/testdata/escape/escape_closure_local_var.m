escape_closure_local_var.go:7:7: func literal does not escape
escape_closure_local_var.go:14:13: ... argument does not escape
escape_closure_local_var.go:14:19: local() escapes to heap
