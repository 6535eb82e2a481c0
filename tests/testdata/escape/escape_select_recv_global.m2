escape_select_recv_global.go:12:20: *v escapes to heap:
escape_select_recv_global.go:12:20:   flow: {storage for ... argument} = &{storage for *v}:
escape_select_recv_global.go:12:20:     from *v (spill) at escape_select_recv_global.go:12:20
escape_select_recv_global.go:12:20:     from ... argument (slice-literal-element) at escape_select_recv_global.go:12:14
escape_select_recv_global.go:12:20:   flow: {heap} = {storage for ... argument}:
escape_select_recv_global.go:12:20:     from ... argument (spill) at escape_select_recv_global.go:12:14
escape_select_recv_global.go:12:20:     from fmt.Println(... argument...) (call parameter) at escape_select_recv_global.go:12:14
escape_select_recv_global.go:12:15: "b" escapes to heap:
escape_select_recv_global.go:12:15:   flow: {storage for ... argument} = &{storage for "b"}:
escape_select_recv_global.go:12:15:     from "b" (spill) at escape_select_recv_global.go:12:15
escape_select_recv_global.go:12:15:     from ... argument (slice-literal-element) at escape_select_recv_global.go:12:14
escape_select_recv_global.go:12:15:   flow: {heap} = {storage for ... argument}:
escape_select_recv_global.go:12:15:     from ... argument (spill) at escape_select_recv_global.go:12:14
escape_select_recv_global.go:12:15:     from fmt.Println(... argument...) (call parameter) at escape_select_recv_global.go:12:14
escape_select_recv_global.go:7:11: a does not escape
escape_select_recv_global.go:7:14: b does not escape
escape_select_recv_global.go:12:14: ... argument does not escape
escape_select_recv_global.go:12:15: "b" escapes to heap
escape_select_recv_global.go:12:20: *v escapes to heap
escape_select_recv_global.go:19:2: x escapes to heap:
escape_select_recv_global.go:19:2:   flow: {heap} = &x:
escape_select_recv_global.go:19:2:     from &x (address-of) at escape_select_recv_global.go:20:7
escape_select_recv_global.go:19:2:     from a <- &x (send) at escape_select_recv_global.go:20:4
escape_select_recv_global.go:22:14: *saved escapes to heap:
escape_select_recv_global.go:22:14:   flow: {storage for ... argument} = &{storage for *saved}:
escape_select_recv_global.go:22:14:     from *saved (spill) at escape_select_recv_global.go:22:14
escape_select_recv_global.go:22:14:     from ... argument (slice-literal-element) at escape_select_recv_global.go:22:13
escape_select_recv_global.go:22:14:   flow: {heap} = {storage for ... argument}:
escape_select_recv_global.go:22:14:     from ... argument (spill) at escape_select_recv_global.go:22:13
escape_select_recv_global.go:22:14:     from fmt.Println(... argument...) (call parameter) at escape_select_recv_global.go:22:13
escape_select_recv_global.go:19:2: moved to heap: x
escape_select_recv_global.go:22:13: ... argument does not escape
escape_select_recv_global.go:22:14: *saved escapes to heap
