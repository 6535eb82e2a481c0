escape_closure_local_var.go:6:2: local capturing by ref: x (addr=false assign=true width=8)
escape_closure_local_var.go:7:7: func literal does not escape
escape_closure_local_var.go:14:19: local() escapes to heap:
escape_closure_local_var.go:14:19:   flow: {storage for ... argument} = &{storage for local()}:
escape_closure_local_var.go:14:19:     from local() (spill) at escape_closure_local_var.go:14:19
escape_closure_local_var.go:14:19:     from ... argument (slice-literal-element) at escape_closure_local_var.go:14:13
escape_closure_local_var.go:14:19:   flow: {heap} = {storage for ... argument}:
escape_closure_local_var.go:14:19:     from ... argument (spill) at escape_closure_local_var.go:14:13
escape_closure_local_var.go:14:19:     from fmt.Println(... argument...) (call parameter) at escape_closure_local_var.go:14:13
escape_closure_local_var.go:14:13: ... argument does not escape
escape_closure_local_var.go:14:19: local() escapes to heap
