escape_call_of_call.go:5:12: adder capturing by value: base (addr=false assign=false width=8)
escape_call_of_call.go:6:9: func literal escapes to heap:
escape_call_of_call.go:6:9:   flow: ~r0 = &{storage for func literal}:
escape_call_of_call.go:6:9:     from func literal (spill) at escape_call_of_call.go:6:9
escape_call_of_call.go:6:9:     from return func literal (return) at escape_call_of_call.go:6:2
escape_call_of_call.go:5:12: parameter base leaks to {storage for func literal} with derefs=0:
escape_call_of_call.go:5:12:   flow: {storage for func literal} = base:
escape_call_of_call.go:5:12:     from base (captured by a closure) at escape_call_of_call.go:6:34
escape_call_of_call.go:6:9: func literal escapes to heap
escape_call_of_call.go:10:2: counter capturing by ref: n (addr=false assign=true width=8)
escape_call_of_call.go:11:9: func literal escapes to heap:
escape_call_of_call.go:11:9:   flow: ~r0 = &{storage for func literal}:
escape_call_of_call.go:11:9:     from func literal (spill) at escape_call_of_call.go:11:9
escape_call_of_call.go:11:9:     from return func literal (return) at escape_call_of_call.go:11:2
escape_call_of_call.go:10:2: n escapes to heap:
escape_call_of_call.go:10:2:   flow: {storage for func literal} = &n:
escape_call_of_call.go:10:2:     from n (captured by a closure) at escape_call_of_call.go:12:3
escape_call_of_call.go:10:2:     from n (reference) at escape_call_of_call.go:12:3
escape_call_of_call.go:10:2: moved to heap: n
escape_call_of_call.go:11:9: func literal escapes to heap
escape_call_of_call.go:21:28: .autotmp_2() escapes to heap:
escape_call_of_call.go:21:28:   flow: {storage for ... argument} = &{storage for .autotmp_2()}:
escape_call_of_call.go:21:28:     from .autotmp_2() (spill) at escape_call_of_call.go:21:28
escape_call_of_call.go:21:28:     from ... argument (slice-literal-element) at escape_call_of_call.go:21:13
escape_call_of_call.go:21:28:   flow: {heap} = {storage for ... argument}:
escape_call_of_call.go:21:28:     from ... argument (spill) at escape_call_of_call.go:21:13
escape_call_of_call.go:21:28:     from fmt.Println(... argument...) (call parameter) at escape_call_of_call.go:21:13
escape_call_of_call.go:21:15: c() escapes to heap:
escape_call_of_call.go:21:15:   flow: {storage for ... argument} = &{storage for c()}:
escape_call_of_call.go:21:15:     from c() (spill) at escape_call_of_call.go:21:15
escape_call_of_call.go:21:15:     from ... argument (slice-literal-element) at escape_call_of_call.go:21:13
escape_call_of_call.go:21:15:   flow: {heap} = {storage for ... argument}:
escape_call_of_call.go:21:15:     from ... argument (spill) at escape_call_of_call.go:21:13
escape_call_of_call.go:21:15:     from fmt.Println(... argument...) (call parameter) at escape_call_of_call.go:21:13
escape_call_of_call.go:18:23: .autotmp_0(5) escapes to heap:
escape_call_of_call.go:18:23:   flow: {storage for ... argument} = &{storage for .autotmp_0(5)}:
escape_call_of_call.go:18:23:     from .autotmp_0(5) (spill) at escape_call_of_call.go:18:23
escape_call_of_call.go:18:23:     from ... argument (slice-literal-element) at escape_call_of_call.go:18:13
escape_call_of_call.go:18:23:   flow: {heap} = {storage for ... argument}:
escape_call_of_call.go:18:23:     from ... argument (spill) at escape_call_of_call.go:18:13
escape_call_of_call.go:18:23:     from fmt.Println(... argument...) (call parameter) at escape_call_of_call.go:18:13
escape_call_of_call.go:18:13: ... argument does not escape
escape_call_of_call.go:18:23: .autotmp_0(5) escapes to heap
escape_call_of_call.go:21:13: ... argument does not escape
escape_call_of_call.go:21:15: c() escapes to heap
escape_call_of_call.go:21:28: .autotmp_2() escapes to heap
