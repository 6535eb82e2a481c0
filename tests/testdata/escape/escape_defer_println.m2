escape_defer_println.go:6:20: report capturing by value: .autotmp_2 (addr=false assign=false width=16)
escape_defer_println.go:6:20: report capturing by value: .autotmp_3 (addr=false assign=false width=16)
escape_defer_println.go:6:20: v escapes to heap:
escape_defer_println.go:6:20:   flow: .autotmp_3 = &{storage for v}:
escape_defer_println.go:6:20:     from v (spill) at escape_defer_println.go:6:20
escape_defer_println.go:6:20:     from .autotmp_3 = v (assign) at escape_defer_println.go:6:20
escape_defer_println.go:6:20:   flow: {storage for ... argument} = .autotmp_3:
escape_defer_println.go:6:20:     from ... argument (slice-literal-element) at escape_defer_println.go:6:19
escape_defer_println.go:6:20:   flow: {heap} = {storage for ... argument}:
escape_defer_println.go:6:20:     from ... argument (spill) at escape_defer_println.go:6:19
escape_defer_println.go:6:20:     from fmt.Println(... argument...) (call parameter) at escape_defer_println.go:6:19
escape_defer_println.go:6:20: "done" escapes to heap:
escape_defer_println.go:6:20:   flow: .autotmp_2 = &{storage for "done"}:
escape_defer_println.go:6:20:     from "done" (spill) at escape_defer_println.go:6:20
escape_defer_println.go:6:20:     from .autotmp_2 = "done" (assign) at escape_defer_println.go:6:20
escape_defer_println.go:6:20:   flow: {storage for ... argument} = .autotmp_2:
escape_defer_println.go:6:20:     from ... argument (slice-literal-element) at escape_defer_println.go:6:19
escape_defer_println.go:6:20:   flow: {heap} = {storage for ... argument}:
escape_defer_println.go:6:20:     from ... argument (spill) at escape_defer_println.go:6:19
escape_defer_println.go:6:20:     from fmt.Println(... argument...) (call parameter) at escape_defer_println.go:6:19
escape_defer_println.go:6:20: "done" escapes to heap
escape_defer_println.go:6:20: v escapes to heap
escape_defer_println.go:6:19: ... argument does not escape
escape_defer_println.go:12:20: report(21) escapes to heap:
escape_defer_println.go:12:20:   flow: {storage for ... argument} = &{storage for report(21)}:
escape_defer_println.go:12:20:     from report(21) (spill) at escape_defer_println.go:12:20
escape_defer_println.go:12:20:     from ... argument (slice-literal-element) at escape_defer_println.go:12:13
escape_defer_println.go:12:20:   flow: {heap} = {storage for ... argument}:
escape_defer_println.go:12:20:     from ... argument (spill) at escape_defer_println.go:12:13
escape_defer_println.go:12:20:     from fmt.Println(... argument...) (call parameter) at escape_defer_println.go:12:13
escape_defer_println.go:12:13: ... argument does not escape
escape_defer_println.go:12:20: report(21) escapes to heap
