escape_closure_static_call.go:6:2: static capturing by value: x (addr=false assign=false width=8)
escape_closure_static_call.go:7:8: func literal does not escape
escape_closure_static_call.go:12:2: reassigned capturing by value: x (addr=false assign=false width=8)
escape_closure_static_call.go:12:2: reassigned capturing by value: x (addr=false assign=false width=8)
escape_closure_static_call.go:13:8: func literal does not escape
escape_closure_static_call.go:15:8: func literal does not escape
escape_closure_static_call.go:21:52: reassigned(false) escapes to heap:
escape_closure_static_call.go:21:52:   flow: {storage for ... argument} = &{storage for reassigned(false)}:
escape_closure_static_call.go:21:52:     from reassigned(false) (spill) at escape_closure_static_call.go:21:52
escape_closure_static_call.go:21:52:     from ... argument (slice-literal-element) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:52:   flow: {heap} = {storage for ... argument}:
escape_closure_static_call.go:21:52:     from ... argument (spill) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:52:     from fmt.Println(... argument...) (call parameter) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:34: reassigned(true) escapes to heap:
escape_closure_static_call.go:21:34:   flow: {storage for ... argument} = &{storage for reassigned(true)}:
escape_closure_static_call.go:21:34:     from reassigned(true) (spill) at escape_closure_static_call.go:21:34
escape_closure_static_call.go:21:34:     from ... argument (slice-literal-element) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:34:   flow: {heap} = {storage for ... argument}:
escape_closure_static_call.go:21:34:     from ... argument (spill) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:34:     from fmt.Println(... argument...) (call parameter) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:20: static() escapes to heap:
escape_closure_static_call.go:21:20:   flow: {storage for ... argument} = &{storage for static()}:
escape_closure_static_call.go:21:20:     from static() (spill) at escape_closure_static_call.go:21:20
escape_closure_static_call.go:21:20:     from ... argument (slice-literal-element) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:20:   flow: {heap} = {storage for ... argument}:
escape_closure_static_call.go:21:20:     from ... argument (spill) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:20:     from fmt.Println(... argument...) (call parameter) at escape_closure_static_call.go:21:13
escape_closure_static_call.go:21:13: ... argument does not escape
escape_closure_static_call.go:21:20: static() escapes to heap
escape_closure_static_call.go:21:34: reassigned(true) escapes to heap
escape_closure_static_call.go:21:52: reassigned(false) escapes to heap
