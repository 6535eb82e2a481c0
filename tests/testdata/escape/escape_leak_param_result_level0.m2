escape_leak_param_result_level0.go:5:9: parameter p leaks to ~r0 with derefs=0:
escape_leak_param_result_level0.go:5:9:   flow: ~r0 = p:
escape_leak_param_result_level0.go:5:9:     from return p (return) at escape_leak_param_result_level0.go:6:2
escape_leak_param_result_level0.go:5:9: leaking param: p to result ~r0 level=0
escape_leak_param_result_level0.go:11:14: *id(&x) escapes to heap:
escape_leak_param_result_level0.go:11:14:   flow: {storage for ... argument} = &{storage for *id(&x)}:
escape_leak_param_result_level0.go:11:14:     from *id(&x) (spill) at escape_leak_param_result_level0.go:11:14
escape_leak_param_result_level0.go:11:14:     from ... argument (slice-literal-element) at escape_leak_param_result_level0.go:11:13
escape_leak_param_result_level0.go:11:14:   flow: {heap} = {storage for ... argument}:
escape_leak_param_result_level0.go:11:14:     from ... argument (spill) at escape_leak_param_result_level0.go:11:13
escape_leak_param_result_level0.go:11:14:     from fmt.Println(... argument...) (call parameter) at escape_leak_param_result_level0.go:11:13
escape_leak_param_result_level0.go:11:13: ... argument does not escape
escape_leak_param_result_level0.go:11:14: *id(&x) escapes to heap
