escape_go_method_call.go:13:30: parameter wg leaks to {heap} with derefs=0:
escape_go_method_call.go:13:30:   flow: {heap} = wg:
escape_go_method_call.go:13:30:     from (*sync.WaitGroup).Done(wg) (call parameter) at escape_go_method_call.go:17:9
escape_go_method_call.go:13:7: parameter c leaks to {heap} with derefs=0:
escape_go_method_call.go:13:7:   flow: {heap} = c:
escape_go_method_call.go:13:7:     from c.mu (dot of pointer) at escape_go_method_call.go:14:3
escape_go_method_call.go:13:7:     from c.mu (address-of) at escape_go_method_call.go:14:6
escape_go_method_call.go:13:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at escape_go_method_call.go:14:11
escape_go_method_call.go:13:7: leaking param: c
escape_go_method_call.go:13:30: leaking param: wg
escape_go_method_call.go:22:6: wg escapes to heap:
escape_go_method_call.go:22:6:   flow: {heap} = &wg:
escape_go_method_call.go:22:6:     from wg (address-of) at escape_go_method_call.go:24:5
escape_go_method_call.go:22:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at escape_go_method_call.go:24:9
escape_go_method_call.go:25:3: func literal escapes to heap:
escape_go_method_call.go:25:3:   flow: {heap} = &{storage for func literal}:
escape_go_method_call.go:25:3:     from func literal (spill) at escape_go_method_call.go:25:3
escape_go_method_call.go:22:6: wg escapes to heap:
escape_go_method_call.go:22:6:   flow: {heap} = &wg:
escape_go_method_call.go:22:6:     from wg (address-of) at escape_go_method_call.go:27:4
escape_go_method_call.go:22:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at escape_go_method_call.go:27:9
escape_go_method_call.go:25:11: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
escape_go_method_call.go:25:11: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
escape_go_method_call.go:25:15: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
escape_go_method_call.go:28:15: c.n escapes to heap:
escape_go_method_call.go:28:15:   flow: {storage for ... argument} = &{storage for c.n}:
escape_go_method_call.go:28:15:     from c.n (spill) at escape_go_method_call.go:28:15
escape_go_method_call.go:28:15:     from ... argument (slice-literal-element) at escape_go_method_call.go:28:13
escape_go_method_call.go:28:15:   flow: {heap} = {storage for ... argument}:
escape_go_method_call.go:28:15:     from ... argument (spill) at escape_go_method_call.go:28:13
escape_go_method_call.go:28:15:     from fmt.Println(... argument...) (call parameter) at escape_go_method_call.go:28:13
escape_go_method_call.go:21:7: &Counter{} escapes to heap:
escape_go_method_call.go:21:7:   flow: c = &{storage for &Counter{}}:
escape_go_method_call.go:21:7:     from &Counter{} (spill) at escape_go_method_call.go:21:7
escape_go_method_call.go:21:7:     from c := &Counter{} (assign) at escape_go_method_call.go:21:4
escape_go_method_call.go:21:7:   flow: .autotmp_3 = c:
escape_go_method_call.go:21:7:     from .autotmp_3 = c (assign) at escape_go_method_call.go:25:11
escape_go_method_call.go:21:7:   flow: {heap} = .autotmp_3:
escape_go_method_call.go:21:7:     from (*Counter).add(.autotmp_3, .autotmp_4, .autotmp_5) (call parameter) at escape_go_method_call.go:25:11
escape_go_method_call.go:22:6: moved to heap: wg
escape_go_method_call.go:21:7: &Counter{} escapes to heap
escape_go_method_call.go:28:13: ... argument does not escape
escape_go_method_call.go:28:15: c.n escapes to heap
