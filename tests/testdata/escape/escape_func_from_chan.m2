escape_func_from_chan.go:8:10: func literal escapes to heap:
escape_func_from_chan.go:8:10:   flow: {heap} = &{storage for func literal}:
escape_func_from_chan.go:8:10:     from func literal (spill) at escape_func_from_chan.go:8:10
escape_func_from_chan.go:8:10:     from jobs <- (func literal) (send) at escape_func_from_chan.go:8:7
escape_func_from_chan.go:9:10: func literal escapes to heap:
escape_func_from_chan.go:9:10:   flow: {heap} = &{storage for func literal}:
escape_func_from_chan.go:9:10:     from func literal (spill) at escape_func_from_chan.go:9:10
escape_func_from_chan.go:9:10:     from jobs <- (func literal) (send) at escape_func_from_chan.go:9:7
escape_func_from_chan.go:16:7: func literal escapes to heap:
escape_func_from_chan.go:16:7:   flow: {heap} = &{storage for func literal}:
escape_func_from_chan.go:16:7:     from func literal (spill) at escape_func_from_chan.go:16:7
escape_func_from_chan.go:16:7:     from g <- (func literal) (send) at escape_func_from_chan.go:16:4
escape_func_from_chan.go:7:2: main capturing by value: k (addr=false assign=false width=8)
escape_func_from_chan.go:18:21: fn(1) escapes to heap:
escape_func_from_chan.go:18:21:   flow: {storage for ... argument} = &{storage for fn(1)}:
escape_func_from_chan.go:18:21:     from fn(1) (spill) at escape_func_from_chan.go:18:21
escape_func_from_chan.go:18:21:     from ... argument (slice-literal-element) at escape_func_from_chan.go:18:13
escape_func_from_chan.go:18:21:   flow: {heap} = {storage for ... argument}:
escape_func_from_chan.go:18:21:     from ... argument (spill) at escape_func_from_chan.go:18:13
escape_func_from_chan.go:18:21:     from fmt.Println(... argument...) (call parameter) at escape_func_from_chan.go:18:13
escape_func_from_chan.go:18:13: sum escapes to heap:
escape_func_from_chan.go:18:13:   flow: {storage for ... argument} = &{storage for sum}:
escape_func_from_chan.go:18:13:     from sum (spill) at escape_func_from_chan.go:18:13
escape_func_from_chan.go:18:13:     from ... argument (slice-literal-element) at escape_func_from_chan.go:18:13
escape_func_from_chan.go:18:13:   flow: {heap} = {storage for ... argument}:
escape_func_from_chan.go:18:13:     from ... argument (spill) at escape_func_from_chan.go:18:13
escape_func_from_chan.go:18:13:     from fmt.Println(... argument...) (call parameter) at escape_func_from_chan.go:18:13
escape_func_from_chan.go:8:10: func literal escapes to heap
escape_func_from_chan.go:9:10: func literal escapes to heap
escape_func_from_chan.go:16:7: func literal escapes to heap
escape_func_from_chan.go:18:13: ... argument does not escape
escape_func_from_chan.go:18:13: sum escapes to heap
escape_func_from_chan.go:18:21: fn(1) escapes to heap
