escape_method_value.go:7:7: t does not escape
escape_method_value.go:11:10: t.Get escapes to heap:
escape_method_value.go:11:10:   flow: ~r0 = &{storage for t.Get}:
escape_method_value.go:11:10:     from t.Get (spill) at escape_method_value.go:11:10
escape_method_value.go:11:10:     from return t.Get (return) at escape_method_value.go:11:2
escape_method_value.go:10:7: &T{...} escapes to heap:
escape_method_value.go:10:7:   flow: t = &{storage for &T{...}}:
escape_method_value.go:10:7:     from &T{...} (spill) at escape_method_value.go:10:7
escape_method_value.go:10:7:     from t := &T{...} (assign) at escape_method_value.go:10:4
escape_method_value.go:10:7:   flow: {temp} = t:
escape_method_value.go:10:7:   flow: {storage for t.Get} = {temp}:
escape_method_value.go:10:7: &T{...} escapes to heap
escape_method_value.go:11:10: t.Get escapes to heap
escape_method_value.go:15:21: .autotmp_0() escapes to heap:
escape_method_value.go:15:21:   flow: {storage for ... argument} = &{storage for .autotmp_0()}:
escape_method_value.go:15:21:     from .autotmp_0() (spill) at escape_method_value.go:15:21
escape_method_value.go:15:21:     from ... argument (slice-literal-element) at escape_method_value.go:15:13
escape_method_value.go:15:21:   flow: {heap} = {storage for ... argument}:
escape_method_value.go:15:21:     from ... argument (spill) at escape_method_value.go:15:13
escape_method_value.go:15:21:     from fmt.Println(... argument...) (call parameter) at escape_method_value.go:15:13
escape_method_value.go:15:13: ... argument does not escape
escape_method_value.go:15:21: .autotmp_0() escapes to heap
