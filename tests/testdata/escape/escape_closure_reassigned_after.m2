escape_closure_reassigned_after.go:6:2: after capturing by ref: x (addr=false assign=true width=8)
escape_closure_reassigned_after.go:7:7: func literal escapes to heap:
escape_closure_reassigned_after.go:7:7:   flow: f = &{storage for func literal}:
escape_closure_reassigned_after.go:7:7:     from func literal (spill) at escape_closure_reassigned_after.go:7:7
escape_closure_reassigned_after.go:7:7:     from f := func literal (assign) at escape_closure_reassigned_after.go:7:4
escape_closure_reassigned_after.go:7:7:   flow: ~r0 = f:
escape_closure_reassigned_after.go:7:7:     from return f (return) at escape_closure_reassigned_after.go:9:2
escape_closure_reassigned_after.go:6:2: x escapes to heap:
escape_closure_reassigned_after.go:6:2:   flow: {storage for func literal} = &x:
escape_closure_reassigned_after.go:6:2:     from x (captured by a closure) at escape_closure_reassigned_after.go:7:27
escape_closure_reassigned_after.go:6:2:     from x (reference) at escape_closure_reassigned_after.go:7:27
escape_closure_reassigned_after.go:6:2: moved to heap: x
escape_closure_reassigned_after.go:7:7: func literal escapes to heap
escape_closure_reassigned_after.go:13:21: .autotmp_0() escapes to heap:
escape_closure_reassigned_after.go:13:21:   flow: {storage for ... argument} = &{storage for .autotmp_0()}:
escape_closure_reassigned_after.go:13:21:     from .autotmp_0() (spill) at escape_closure_reassigned_after.go:13:21
escape_closure_reassigned_after.go:13:21:     from ... argument (slice-literal-element) at escape_closure_reassigned_after.go:13:13
escape_closure_reassigned_after.go:13:21:   flow: {heap} = {storage for ... argument}:
escape_closure_reassigned_after.go:13:21:     from ... argument (spill) at escape_closure_reassigned_after.go:13:13
escape_closure_reassigned_after.go:13:21:     from fmt.Println(... argument...) (call parameter) at escape_closure_reassigned_after.go:13:13
escape_closure_reassigned_after.go:13:13: ... argument does not escape
escape_closure_reassigned_after.go:13:21: .autotmp_0() escapes to heap
