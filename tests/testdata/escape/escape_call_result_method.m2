escape_call_result_method.go:7:30: &T{...} escapes to heap:
escape_call_result_method.go:7:30:   flow: ~r0 = &{storage for &T{...}}:
escape_call_result_method.go:7:30:     from &T{...} (spill) at escape_call_result_method.go:7:30
escape_call_result_method.go:7:30:     from return &T{...} (return) at escape_call_result_method.go:7:23
escape_call_result_method.go:7:30: &T{...} escapes to heap
escape_call_result_method.go:9:7: t does not escape
escape_call_result_method.go:16:44: T.double(.autotmp_1) escapes to heap:
escape_call_result_method.go:16:44:   flow: {storage for ... argument} = &{storage for T.double(.autotmp_1)}:
escape_call_result_method.go:16:44:     from T.double(.autotmp_1) (spill) at escape_call_result_method.go:16:44
escape_call_result_method.go:16:44:     from ... argument (slice-literal-element) at escape_call_result_method.go:16:13
escape_call_result_method.go:16:44:   flow: {heap} = {storage for ... argument}:
escape_call_result_method.go:16:44:     from ... argument (spill) at escape_call_result_method.go:16:13
escape_call_result_method.go:16:44:     from fmt.Println(... argument...) (call parameter) at escape_call_result_method.go:16:13
escape_call_result_method.go:16:25: (*T).get(.autotmp_0) escapes to heap:
escape_call_result_method.go:16:25:   flow: {storage for ... argument} = &{storage for (*T).get(.autotmp_0)}:
escape_call_result_method.go:16:25:     from (*T).get(.autotmp_0) (spill) at escape_call_result_method.go:16:25
escape_call_result_method.go:16:25:     from ... argument (slice-literal-element) at escape_call_result_method.go:16:13
escape_call_result_method.go:16:25:   flow: {heap} = {storage for ... argument}:
escape_call_result_method.go:16:25:     from ... argument (spill) at escape_call_result_method.go:16:13
escape_call_result_method.go:16:25:     from fmt.Println(... argument...) (call parameter) at escape_call_result_method.go:16:13
escape_call_result_method.go:16:13: ... argument does not escape
escape_call_result_method.go:16:25: (*T).get(.autotmp_0) escapes to heap
escape_call_result_method.go:16:44: T.double(.autotmp_1) escapes to heap
