escape_closure_by_value.go:6:2: adder capturing by value: x (addr=false assign=false width=8)
escape_closure_by_value.go:6:5: adder capturing by value: y (addr=false assign=false width=8)
escape_closure_by_value.go:7:9: func literal escapes to heap:
escape_closure_by_value.go:7:9:   flow: ~r0 = &{storage for func literal}:
escape_closure_by_value.go:7:9:     from func literal (spill) at escape_closure_by_value.go:7:9
escape_closure_by_value.go:7:9:     from return func literal (return) at escape_closure_by_value.go:7:2
escape_closure_by_value.go:7:9: func literal escapes to heap
escape_closure_by_value.go:11:21: .autotmp_0() escapes to heap:
escape_closure_by_value.go:11:21:   flow: {storage for ... argument} = &{storage for .autotmp_0()}:
escape_closure_by_value.go:11:21:     from .autotmp_0() (spill) at escape_closure_by_value.go:11:21
escape_closure_by_value.go:11:21:     from ... argument (slice-literal-element) at escape_closure_by_value.go:11:13
escape_closure_by_value.go:11:21:   flow: {heap} = {storage for ... argument}:
escape_closure_by_value.go:11:21:     from ... argument (spill) at escape_closure_by_value.go:11:13
escape_closure_by_value.go:11:21:     from fmt.Println(... argument...) (call parameter) at escape_closure_by_value.go:11:13
escape_closure_by_value.go:11:13: ... argument does not escape
escape_closure_by_value.go:11:21: .autotmp_0() escapes to heap
