escape_defer_wg_done.go:9:15: square capturing by value: .autotmp_3 (addr=false assign=false width=8)
escape_defer_wg_done.go:8:31: parameter wg leaks to {heap} with derefs=0:
escape_defer_wg_done.go:8:31:   flow: .autotmp_3 = wg:
escape_defer_wg_done.go:8:31:     from .autotmp_3 = wg (assign) at escape_defer_wg_done.go:9:15
escape_defer_wg_done.go:8:31:   flow: {heap} = .autotmp_3:
escape_defer_wg_done.go:8:31:     from (*sync.WaitGroup).Done(.autotmp_3) (call parameter) at escape_defer_wg_done.go:9:15
escape_defer_wg_done.go:8:20: out does not escape
escape_defer_wg_done.go:8:31: leaking param: wg
escape_defer_wg_done.go:15:6: wg escapes to heap:
escape_defer_wg_done.go:15:6:   flow: {heap} = &wg:
escape_defer_wg_done.go:15:6:     from wg (address-of) at escape_defer_wg_done.go:17:5
escape_defer_wg_done.go:15:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at escape_defer_wg_done.go:17:9
escape_defer_wg_done.go:18:3: func literal escapes to heap:
escape_defer_wg_done.go:18:3:   flow: {heap} = &{storage for func literal}:
escape_defer_wg_done.go:18:3:     from func literal (spill) at escape_defer_wg_done.go:18:3
escape_defer_wg_done.go:15:6: wg escapes to heap:
escape_defer_wg_done.go:15:6:   flow: {heap} = &wg:
escape_defer_wg_done.go:15:6:     from wg (address-of) at escape_defer_wg_done.go:20:4
escape_defer_wg_done.go:15:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at escape_defer_wg_done.go:20:9
escape_defer_wg_done.go:18:12: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
escape_defer_wg_done.go:18:12: main capturing by value: .autotmp_4 (addr=false assign=false width=24)
escape_defer_wg_done.go:18:21: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
escape_defer_wg_done.go:21:13: out escapes to heap:
escape_defer_wg_done.go:21:13:   flow: {storage for ... argument} = &{storage for out}:
escape_defer_wg_done.go:21:13:     from out (spill) at escape_defer_wg_done.go:21:13
escape_defer_wg_done.go:21:13:     from ... argument (slice-literal-element) at escape_defer_wg_done.go:21:13
escape_defer_wg_done.go:21:13:   flow: {heap} = {storage for ... argument}:
escape_defer_wg_done.go:21:13:     from ... argument (spill) at escape_defer_wg_done.go:21:13
escape_defer_wg_done.go:21:13:     from fmt.Println(... argument...) (call parameter) at escape_defer_wg_done.go:21:13
escape_defer_wg_done.go:14:13: make([]int, 4) escapes to heap:
escape_defer_wg_done.go:14:13:   flow: out = &{storage for make([]int, 4)}:
escape_defer_wg_done.go:14:13:     from make([]int, 4) (spill) at escape_defer_wg_done.go:14:13
escape_defer_wg_done.go:14:13:     from out := make([]int, 4) (assign) at escape_defer_wg_done.go:14:6
escape_defer_wg_done.go:14:13:   flow: {storage for out} = out:
escape_defer_wg_done.go:14:13:     from out (interface-converted) at escape_defer_wg_done.go:21:13
escape_defer_wg_done.go:15:6: moved to heap: wg
escape_defer_wg_done.go:14:13: make([]int, 4) escapes to heap
escape_defer_wg_done.go:21:13: ... argument does not escape
escape_defer_wg_done.go:21:13: out escapes to heap
