escape_store_slice_element.go:6:2: x escapes to heap:
escape_store_slice_element.go:6:2:   flow: {heap} = &x:
escape_store_slice_element.go:6:2:     from &x (address-of) at escape_store_slice_element.go:8:9
escape_store_slice_element.go:6:2:     from s[0] = &x (assign) at escape_store_slice_element.go:8:7
escape_store_slice_element.go:6:2: moved to heap: x
escape_store_slice_element.go:7:11: make([]*int, 1) does not escape
escape_store_slice_element.go:13:18: elem() escapes to heap:
escape_store_slice_element.go:13:18:   flow: {storage for ... argument} = &{storage for elem()}:
escape_store_slice_element.go:13:18:     from elem() (spill) at escape_store_slice_element.go:13:18
escape_store_slice_element.go:13:18:     from ... argument (slice-literal-element) at escape_store_slice_element.go:13:13
escape_store_slice_element.go:13:18:   flow: {heap} = {storage for ... argument}:
escape_store_slice_element.go:13:18:     from ... argument (spill) at escape_store_slice_element.go:13:13
escape_store_slice_element.go:13:18:     from fmt.Println(... argument...) (call parameter) at escape_store_slice_element.go:13:13
escape_store_slice_element.go:13:13: ... argument does not escape
escape_store_slice_element.go:13:18: elem() escapes to heap
