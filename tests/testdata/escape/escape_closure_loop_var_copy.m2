escape_closure_loop_var_copy.go:9:19: func literal escapes to heap:
escape_closure_loop_var_copy.go:9:19:   flow: {heap} = &{storage for func literal}:
escape_closure_loop_var_copy.go:9:19:     from func literal (spill) at escape_closure_loop_var_copy.go:9:19
escape_closure_loop_var_copy.go:9:19:     from append(fs, func literal) (call parameter) at escape_closure_loop_var_copy.go:9:14
escape_closure_loop_var_copy.go:8:3: makeAll capturing by value: i (addr=false assign=false width=8)
escape_closure_loop_var_copy.go:9:19: func literal escapes to heap
escape_closure_loop_var_copy.go:19:13: t escapes to heap:
escape_closure_loop_var_copy.go:19:13:   flow: {storage for ... argument} = &{storage for t}:
escape_closure_loop_var_copy.go:19:13:     from t (spill) at escape_closure_loop_var_copy.go:19:13
escape_closure_loop_var_copy.go:19:13:     from ... argument (slice-literal-element) at escape_closure_loop_var_copy.go:19:13
escape_closure_loop_var_copy.go:19:13:   flow: {heap} = {storage for ... argument}:
escape_closure_loop_var_copy.go:19:13:     from ... argument (spill) at escape_closure_loop_var_copy.go:19:13
escape_closure_loop_var_copy.go:19:13:     from fmt.Println(... argument...) (call parameter) at escape_closure_loop_var_copy.go:19:13
escape_closure_loop_var_copy.go:19:13: ... argument does not escape
escape_closure_loop_var_copy.go:19:13: t escapes to heap
