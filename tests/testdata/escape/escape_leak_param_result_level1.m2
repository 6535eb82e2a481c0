escape_leak_param_result_level1.go:5:12: parameter pp leaks to ~r0 with derefs=1:
escape_leak_param_result_level1.go:5:12:   flow: ~r0 = *pp:
escape_leak_param_result_level1.go:5:12:     from *pp (indirection) at escape_leak_param_result_level1.go:6:9
escape_leak_param_result_level1.go:5:12:     from return *pp (return) at escape_leak_param_result_level1.go:6:2
escape_leak_param_result_level1.go:5:12: leaking param: pp to result ~r0 level=1
escape_leak_param_result_level1.go:12:14: *deref(&p) escapes to heap:
escape_leak_param_result_level1.go:12:14:   flow: {storage for ... argument} = &{storage for *deref(&p)}:
escape_leak_param_result_level1.go:12:14:     from *deref(&p) (spill) at escape_leak_param_result_level1.go:12:14
escape_leak_param_result_level1.go:12:14:     from ... argument (slice-literal-element) at escape_leak_param_result_level1.go:12:13
escape_leak_param_result_level1.go:12:14:   flow: {heap} = {storage for ... argument}:
escape_leak_param_result_level1.go:12:14:     from ... argument (spill) at escape_leak_param_result_level1.go:12:13
escape_leak_param_result_level1.go:12:14:     from fmt.Println(... argument...) (call parameter) at escape_leak_param_result_level1.go:12:13
escape_leak_param_result_level1.go:12:13: ... argument does not escape
escape_leak_param_result_level1.go:12:14: *deref(&p) escapes to heap
