escape_closure_reassigned_before.go:6:2: before capturing by value: x (addr=false assign=false width=8)
escape_closure_reassigned_before.go:8:7: func literal escapes to heap:
escape_closure_reassigned_before.go:8:7:   flow: f = &{storage for func literal}:
escape_closure_reassigned_before.go:8:7:     from func literal (spill) at escape_closure_reassigned_before.go:8:7
escape_closure_reassigned_before.go:8:7:     from f := func literal (assign) at escape_closure_reassigned_before.go:8:4
escape_closure_reassigned_before.go:8:7:   flow: ~r0 = f:
escape_closure_reassigned_before.go:8:7:     from return f (return) at escape_closure_reassigned_before.go:9:2
escape_closure_reassigned_before.go:8:7: func literal escapes to heap
escape_closure_reassigned_before.go:13:22: .autotmp_0() escapes to heap:
escape_closure_reassigned_before.go:13:22:   flow: {storage for ... argument} = &{storage for .autotmp_0()}:
escape_closure_reassigned_before.go:13:22:     from .autotmp_0() (spill) at escape_closure_reassigned_before.go:13:22
escape_closure_reassigned_before.go:13:22:     from ... argument (slice-literal-element) at escape_closure_reassigned_before.go:13:13
escape_closure_reassigned_before.go:13:22:   flow: {heap} = {storage for ... argument}:
escape_closure_reassigned_before.go:13:22:     from ... argument (spill) at escape_closure_reassigned_before.go:13:13
escape_closure_reassigned_before.go:13:22:     from fmt.Println(... argument...) (call parameter) at escape_closure_reassigned_before.go:13:13
escape_closure_reassigned_before.go:13:13: ... argument does not escape
escape_closure_reassigned_before.go:13:22: .autotmp_0() escapes to heap
