escape_store_through_pointer.go:8:2: x escapes to heap:
escape_store_through_pointer.go:8:2:   flow: {heap} = &x:
escape_store_through_pointer.go:8:2:     from &x (address-of) at escape_store_through_pointer.go:10:8
escape_store_through_pointer.go:8:2:     from b.p = &x (assign) at escape_store_through_pointer.go:10:6
escape_store_through_pointer.go:8:2: moved to heap: x
escape_store_through_pointer.go:9:7: &Box{} does not escape
escape_store_through_pointer.go:15:20: viaPtr() escapes to heap:
escape_store_through_pointer.go:15:20:   flow: {storage for ... argument} = &{storage for viaPtr()}:
escape_store_through_pointer.go:15:20:     from viaPtr() (spill) at escape_store_through_pointer.go:15:20
escape_store_through_pointer.go:15:20:     from ... argument (slice-literal-element) at escape_store_through_pointer.go:15:13
escape_store_through_pointer.go:15:20:   flow: {heap} = {storage for ... argument}:
escape_store_through_pointer.go:15:20:     from ... argument (spill) at escape_store_through_pointer.go:15:13
escape_store_through_pointer.go:15:20:     from fmt.Println(... argument...) (call parameter) at escape_store_through_pointer.go:15:13
escape_store_through_pointer.go:15:13: ... argument does not escape
escape_store_through_pointer.go:15:20: viaPtr() escapes to heap
