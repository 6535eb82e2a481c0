escape_closure_param_func.go:5:12: f does not escape
escape_closure_param_func.go:10:2: main capturing by value: k (addr=false assign=false width=8)
escape_closure_param_func.go:11:19: apply(func literal, 4) escapes to heap:
escape_closure_param_func.go:11:19:   flow: {storage for ... argument} = &{storage for apply(func literal, 4)}:
escape_closure_param_func.go:11:19:     from apply(func literal, 4) (spill) at escape_closure_param_func.go:11:19
escape_closure_param_func.go:11:19:     from ... argument (slice-literal-element) at escape_closure_param_func.go:11:13
escape_closure_param_func.go:11:19:   flow: {heap} = {storage for ... argument}:
escape_closure_param_func.go:11:19:     from ... argument (spill) at escape_closure_param_func.go:11:13
escape_closure_param_func.go:11:19:     from fmt.Println(... argument...) (call parameter) at escape_closure_param_func.go:11:13
escape_closure_param_func.go:11:13: ... argument does not escape
escape_closure_param_func.go:11:19: apply(func literal, 4) escapes to heap
escape_closure_param_func.go:11:20: func literal does not escape
