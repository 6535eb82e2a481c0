escape_go_address_arg.go:8:18: parameter wg leaks to {heap} with derefs=0:
escape_go_address_arg.go:8:18:   flow: {heap} = wg:
escape_go_address_arg.go:8:18:     from (*sync.WaitGroup).Done(wg) (call parameter) at escape_go_address_arg.go:10:9
escape_go_address_arg.go:8:10: p does not escape
escape_go_address_arg.go:8:18: leaking param: wg
escape_go_address_arg.go:14:6: wg escapes to heap:
escape_go_address_arg.go:14:6:   flow: {heap} = &wg:
escape_go_address_arg.go:14:6:     from wg (address-of) at escape_go_address_arg.go:16:4
escape_go_address_arg.go:14:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at escape_go_address_arg.go:16:8
escape_go_address_arg.go:17:2: func literal escapes to heap:
escape_go_address_arg.go:17:2:   flow: {heap} = &{storage for func literal}:
escape_go_address_arg.go:17:2:     from func literal (spill) at escape_go_address_arg.go:17:2
escape_go_address_arg.go:14:6: wg escapes to heap:
escape_go_address_arg.go:14:6:   flow: {heap} = &wg:
escape_go_address_arg.go:14:6:     from wg (address-of) at escape_go_address_arg.go:18:4
escape_go_address_arg.go:14:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at escape_go_address_arg.go:18:9
escape_go_address_arg.go:17:9: run capturing by value: .autotmp_3 (addr=false assign=false width=8)
escape_go_address_arg.go:17:13: run capturing by value: .autotmp_4 (addr=false assign=false width=8)
escape_go_address_arg.go:15:2: x escapes to heap:
escape_go_address_arg.go:15:2:   flow: .autotmp_3 = &x:
escape_go_address_arg.go:15:2:     from &x (address-of) at escape_go_address_arg.go:17:9
escape_go_address_arg.go:15:2:     from .autotmp_3 = &x (assign) at escape_go_address_arg.go:17:9
escape_go_address_arg.go:15:2:   flow: {storage for func literal} = .autotmp_3:
escape_go_address_arg.go:15:2:     from .autotmp_3 (captured by a closure) at escape_go_address_arg.go:17:8
escape_go_address_arg.go:14:6: moved to heap: wg
escape_go_address_arg.go:15:2: moved to heap: x
escape_go_address_arg.go:23:17: run() escapes to heap:
escape_go_address_arg.go:23:17:   flow: {storage for ... argument} = &{storage for run()}:
escape_go_address_arg.go:23:17:     from run() (spill) at escape_go_address_arg.go:23:17
escape_go_address_arg.go:23:17:     from ... argument (slice-literal-element) at escape_go_address_arg.go:23:13
escape_go_address_arg.go:23:17:   flow: {heap} = {storage for ... argument}:
escape_go_address_arg.go:23:17:     from ... argument (spill) at escape_go_address_arg.go:23:13
escape_go_address_arg.go:23:17:     from fmt.Println(... argument...) (call parameter) at escape_go_address_arg.go:23:13
escape_go_address_arg.go:23:13: ... argument does not escape
escape_go_address_arg.go:23:17: run() escapes to heap
