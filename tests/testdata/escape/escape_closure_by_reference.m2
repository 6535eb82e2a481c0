escape_closure_by_reference.go:6:2: counter capturing by ref: x (addr=false assign=true width=8)
escape_closure_by_reference.go:7:9: func literal escapes to heap:
escape_closure_by_reference.go:7:9:   flow: ~r0 = &{storage for func literal}:
escape_closure_by_reference.go:7:9:     from func literal (spill) at escape_closure_by_reference.go:7:9
escape_closure_by_reference.go:7:9:     from return func literal (return) at escape_closure_by_reference.go:7:2
escape_closure_by_reference.go:6:2: x escapes to heap:
escape_closure_by_reference.go:6:2:   flow: {storage for func literal} = &x:
escape_closure_by_reference.go:6:2:     from x (captured by a closure) at escape_closure_by_reference.go:8:3
escape_closure_by_reference.go:6:2:     from x (reference) at escape_closure_by_reference.go:8:3
escape_closure_by_reference.go:6:2: moved to heap: x
escape_closure_by_reference.go:7:9: func literal escapes to heap
escape_closure_by_reference.go:16:15: c() escapes to heap:
escape_closure_by_reference.go:16:15:   flow: {storage for ... argument} = &{storage for c()}:
escape_closure_by_reference.go:16:15:     from c() (spill) at escape_closure_by_reference.go:16:15
escape_closure_by_reference.go:16:15:     from ... argument (slice-literal-element) at escape_closure_by_reference.go:16:13
escape_closure_by_reference.go:16:15:   flow: {heap} = {storage for ... argument}:
escape_closure_by_reference.go:16:15:     from ... argument (spill) at escape_closure_by_reference.go:16:13
escape_closure_by_reference.go:16:15:     from fmt.Println(... argument...) (call parameter) at escape_closure_by_reference.go:16:13
escape_closure_by_reference.go:16:13: ... argument does not escape
escape_closure_by_reference.go:16:15: c() escapes to heap
