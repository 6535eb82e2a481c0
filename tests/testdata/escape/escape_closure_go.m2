escape_closure_go.go:9:6: wg escapes to heap:
escape_closure_go.go:9:6:   flow: {heap} = &wg:
escape_closure_go.go:9:6:     from wg (address-of) at escape_closure_go.go:11:4
escape_closure_go.go:9:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at escape_closure_go.go:11:8
escape_closure_go.go:12:5: func literal escapes to heap:
escape_closure_go.go:12:5:   flow: {heap} = &{storage for func literal}:
escape_closure_go.go:12:5:     from func literal (spill) at escape_closure_go.go:12:5
escape_closure_go.go:9:6: wg escapes to heap:
escape_closure_go.go:9:6:   flow: {heap} = &wg:
escape_closure_go.go:9:6:     from wg (address-of) at escape_closure_go.go:14:5
escape_closure_go.go:9:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at escape_closure_go.go:14:10
escape_closure_go.go:9:6: wg escapes to heap:
escape_closure_go.go:9:6:   flow: {heap} = &wg:
escape_closure_go.go:9:6:     from wg (address-of) at escape_closure_go.go:16:4
escape_closure_go.go:9:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at escape_closure_go.go:16:9
escape_closure_go.go:10:2: spawn capturing by ref: x (addr=false assign=true width=8)
escape_closure_go.go:10:2: x escapes to heap:
escape_closure_go.go:10:2:   flow: {storage for func literal} = &x:
escape_closure_go.go:10:2:     from x (captured by a closure) at escape_closure_go.go:13:3
escape_closure_go.go:10:2:     from x (reference) at escape_closure_go.go:13:3
escape_closure_go.go:9:6: spawn capturing by ref: wg (addr=true assign=false width=16)
escape_closure_go.go:9:6: wg escapes to heap:
escape_closure_go.go:9:6:   flow: {storage for func literal} = &wg:
escape_closure_go.go:9:6:     from wg (captured by a closure) at escape_closure_go.go:14:3
escape_closure_go.go:9:6:     from wg (reference) at escape_closure_go.go:14:3
escape_closure_go.go:9:6: moved to heap: wg
escape_closure_go.go:10:2: moved to heap: x
escape_closure_go.go:12:5: func literal escapes to heap
escape_closure_go.go:21:19: spawn() escapes to heap:
escape_closure_go.go:21:19:   flow: {storage for ... argument} = &{storage for spawn()}:
escape_closure_go.go:21:19:     from spawn() (spill) at escape_closure_go.go:21:19
escape_closure_go.go:21:19:     from ... argument (slice-literal-element) at escape_closure_go.go:21:13
escape_closure_go.go:21:19:   flow: {heap} = {storage for ... argument}:
escape_closure_go.go:21:19:     from ... argument (spill) at escape_closure_go.go:21:13
escape_closure_go.go:21:19:     from fmt.Println(... argument...) (call parameter) at escape_closure_go.go:21:13
escape_closure_go.go:21:13: ... argument does not escape
escape_closure_go.go:21:19: spawn() escapes to heap
