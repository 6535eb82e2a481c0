escape_defer_address_arg.go:5:11: p does not escape
escape_defer_address_arg.go:11:13: work capturing by value: .autotmp_2 (addr=false assign=false width=8)
escape_defer_address_arg.go:16:18: work() escapes to heap:
escape_defer_address_arg.go:16:18:   flow: {storage for ... argument} = &{storage for work()}:
escape_defer_address_arg.go:16:18:     from work() (spill) at escape_defer_address_arg.go:16:18
escape_defer_address_arg.go:16:18:     from ... argument (slice-literal-element) at escape_defer_address_arg.go:16:13
escape_defer_address_arg.go:16:18:   flow: {heap} = {storage for ... argument}:
escape_defer_address_arg.go:16:18:     from ... argument (spill) at escape_defer_address_arg.go:16:13
escape_defer_address_arg.go:16:18:     from fmt.Println(... argument...) (call parameter) at escape_defer_address_arg.go:16:13
escape_defer_address_arg.go:16:13: ... argument does not escape
escape_defer_address_arg.go:16:18: work() escapes to heap
