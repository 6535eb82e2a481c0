escape_go_call_args.go:8:34: parameter wg leaks to {heap} with derefs=0:
escape_go_call_args.go:8:34:   flow: {heap} = wg:
escape_go_call_args.go:8:34:     from (*sync.WaitGroup).Done(wg) (call parameter) at escape_go_call_args.go:10:9
escape_go_call_args.go:8:21: ch does not escape
escape_go_call_args.go:8:34: leaking param: wg
escape_go_call_args.go:15:6: wg escapes to heap:
escape_go_call_args.go:15:6:   flow: {heap} = &wg:
escape_go_call_args.go:15:6:     from wg (address-of) at escape_go_call_args.go:17:5
escape_go_call_args.go:15:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at escape_go_call_args.go:17:9
escape_go_call_args.go:18:3: func literal escapes to heap:
escape_go_call_args.go:18:3:   flow: {heap} = &{storage for func literal}:
escape_go_call_args.go:18:3:     from func literal (spill) at escape_go_call_args.go:18:3
escape_go_call_args.go:15:6: wg escapes to heap:
escape_go_call_args.go:15:6:   flow: {heap} = &wg:
escape_go_call_args.go:15:6:     from wg (address-of) at escape_go_call_args.go:20:4
escape_go_call_args.go:15:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at escape_go_call_args.go:20:9
escape_go_call_args.go:18:12: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
escape_go_call_args.go:18:12: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
escape_go_call_args.go:18:20: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
escape_go_call_args.go:26:13: sum escapes to heap:
escape_go_call_args.go:26:13:   flow: {storage for ... argument} = &{storage for sum}:
escape_go_call_args.go:26:13:     from sum (spill) at escape_go_call_args.go:26:13
escape_go_call_args.go:26:13:     from ... argument (slice-literal-element) at escape_go_call_args.go:26:13
escape_go_call_args.go:26:13:   flow: {heap} = {storage for ... argument}:
escape_go_call_args.go:26:13:     from ... argument (spill) at escape_go_call_args.go:26:13
escape_go_call_args.go:26:13:     from fmt.Println(... argument...) (call parameter) at escape_go_call_args.go:26:13
escape_go_call_args.go:15:6: moved to heap: wg
escape_go_call_args.go:26:13: ... argument does not escape
escape_go_call_args.go:26:13: sum escapes to heap
