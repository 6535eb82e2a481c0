escape_defer_in_loop.go:7:3: func literal escapes to heap:
escape_defer_in_loop.go:7:3:   flow: {heap} = &{storage for func literal}:
escape_defer_in_loop.go:7:3:     from func literal (spill) at escape_defer_in_loop.go:7:3
escape_defer_in_loop.go:7:21: countdown capturing by value: .autotmp_2 (addr=false assign=false width=16)
escape_defer_in_loop.go:7:21: countdown capturing by value: .autotmp_3 (addr=false assign=false width=16)
escape_defer_in_loop.go:9:14: "loop over" escapes to heap:
escape_defer_in_loop.go:9:14:   flow: {storage for ... argument} = &{storage for "loop over"}:
escape_defer_in_loop.go:9:14:     from "loop over" (spill) at escape_defer_in_loop.go:9:14
escape_defer_in_loop.go:9:14:     from ... argument (slice-literal-element) at escape_defer_in_loop.go:9:13
escape_defer_in_loop.go:9:14:   flow: {heap} = {storage for ... argument}:
escape_defer_in_loop.go:9:14:     from ... argument (spill) at escape_defer_in_loop.go:9:13
escape_defer_in_loop.go:9:14:     from fmt.Println(... argument...) (call parameter) at escape_defer_in_loop.go:9:13
escape_defer_in_loop.go:7:21: i escapes to heap:
escape_defer_in_loop.go:7:21:   flow: .autotmp_3 = &{storage for i}:
escape_defer_in_loop.go:7:21:     from i (spill) at escape_defer_in_loop.go:7:21
escape_defer_in_loop.go:7:21:     from .autotmp_3 = i (assign) at escape_defer_in_loop.go:7:21
escape_defer_in_loop.go:7:21:   flow: {storage for ... argument} = .autotmp_3:
escape_defer_in_loop.go:7:21:     from ... argument (slice-literal-element) at escape_defer_in_loop.go:7:20
escape_defer_in_loop.go:7:21:   flow: {heap} = {storage for ... argument}:
escape_defer_in_loop.go:7:21:     from ... argument (spill) at escape_defer_in_loop.go:7:20
escape_defer_in_loop.go:7:21:     from fmt.Println(... argument...) (call parameter) at escape_defer_in_loop.go:7:20
escape_defer_in_loop.go:7:21: "deferred" escapes to heap:
escape_defer_in_loop.go:7:21:   flow: .autotmp_2 = &{storage for "deferred"}:
escape_defer_in_loop.go:7:21:     from "deferred" (spill) at escape_defer_in_loop.go:7:21
escape_defer_in_loop.go:7:21:     from .autotmp_2 = "deferred" (assign) at escape_defer_in_loop.go:7:21
escape_defer_in_loop.go:7:21:   flow: {storage for ... argument} = .autotmp_2:
escape_defer_in_loop.go:7:21:     from ... argument (slice-literal-element) at escape_defer_in_loop.go:7:20
escape_defer_in_loop.go:7:21:   flow: {heap} = {storage for ... argument}:
escape_defer_in_loop.go:7:21:     from ... argument (spill) at escape_defer_in_loop.go:7:20
escape_defer_in_loop.go:7:21:     from fmt.Println(... argument...) (call parameter) at escape_defer_in_loop.go:7:20
escape_defer_in_loop.go:7:21: "deferred" escapes to heap
escape_defer_in_loop.go:7:21: i escapes to heap
escape_defer_in_loop.go:7:20: ... argument does not escape
escape_defer_in_loop.go:9:13: ... argument does not escape
escape_defer_in_loop.go:9:14: "loop over" escapes to heap
