escape_return_address.go:6:2: x escapes to heap:
escape_return_address.go:6:2:   flow: ~r0 = &x:
escape_return_address.go:6:2:     from &x (address-of) at escape_return_address.go:7:9
escape_return_address.go:6:2:     from return &x (return) at escape_return_address.go:7:2
escape_return_address.go:6:2: moved to heap: x
escape_return_address.go:12:14: *p escapes to heap:
escape_return_address.go:12:14:   flow: {storage for ... argument} = &{storage for *p}:
escape_return_address.go:12:14:     from *p (spill) at escape_return_address.go:12:14
escape_return_address.go:12:14:     from ... argument (slice-literal-element) at escape_return_address.go:12:13
escape_return_address.go:12:14:   flow: {heap} = {storage for ... argument}:
escape_return_address.go:12:14:     from ... argument (spill) at escape_return_address.go:12:13
escape_return_address.go:12:14:     from fmt.Println(... argument...) (call parameter) at escape_return_address.go:12:13
escape_return_address.go:12:13: ... argument does not escape
escape_return_address.go:12:14: *p escapes to heap
