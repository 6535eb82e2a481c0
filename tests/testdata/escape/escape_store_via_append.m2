escape_store_via_append.go:6:2: x escapes to heap:
escape_store_via_append.go:6:2:   flow: {heap} = &x:
escape_store_via_append.go:6:2:     from &x (address-of) at escape_store_via_append.go:8:16
escape_store_via_append.go:6:2:     from append(s, &x) (call parameter) at escape_store_via_append.go:8:12
escape_store_via_append.go:6:2: moved to heap: x
escape_store_via_append.go:7:11: make([]*int, 0, 1) does not escape
escape_store_via_append.go:13:23: appendPtr() escapes to heap:
escape_store_via_append.go:13:23:   flow: {storage for ... argument} = &{storage for appendPtr()}:
escape_store_via_append.go:13:23:     from appendPtr() (spill) at escape_store_via_append.go:13:23
escape_store_via_append.go:13:23:     from ... argument (slice-literal-element) at escape_store_via_append.go:13:13
escape_store_via_append.go:13:23:   flow: {heap} = {storage for ... argument}:
escape_store_via_append.go:13:23:     from ... argument (spill) at escape_store_via_append.go:13:13
escape_store_via_append.go:13:23:     from fmt.Println(... argument...) (call parameter) at escape_store_via_append.go:13:13
escape_store_via_append.go:13:13: ... argument does not escape
escape_store_via_append.go:13:23: appendPtr() escapes to heap
