escape_leak_param_result_level2.go:5:13: parameter ppp leaks to ~r0 with derefs=2:
escape_leak_param_result_level2.go:5:13:   flow: ~r0 = **ppp:
escape_leak_param_result_level2.go:5:13:     from *ppp (indirection) at escape_leak_param_result_level2.go:6:10
escape_leak_param_result_level2.go:5:13:     from *(*ppp) (indirection) at escape_leak_param_result_level2.go:6:9
escape_leak_param_result_level2.go:5:13:     from return *(*ppp) (return) at escape_leak_param_result_level2.go:6:2
escape_leak_param_result_level2.go:5:13: leaking param: ppp to result ~r0 level=2
escape_leak_param_result_level2.go:13:14: *deref2(&pp) escapes to heap:
escape_leak_param_result_level2.go:13:14:   flow: {storage for ... argument} = &{storage for *deref2(&pp)}:
escape_leak_param_result_level2.go:13:14:     from *deref2(&pp) (spill) at escape_leak_param_result_level2.go:13:14
escape_leak_param_result_level2.go:13:14:     from ... argument (slice-literal-element) at escape_leak_param_result_level2.go:13:13
escape_leak_param_result_level2.go:13:14:   flow: {heap} = {storage for ... argument}:
escape_leak_param_result_level2.go:13:14:     from ... argument (spill) at escape_leak_param_result_level2.go:13:13
escape_leak_param_result_level2.go:13:14:     from fmt.Println(... argument...) (call parameter) at escape_leak_param_result_level2.go:13:13
escape_leak_param_result_level2.go:13:13: ... argument does not escape
escape_leak_param_result_level2.go:13:14: *deref2(&pp) escapes to heap
