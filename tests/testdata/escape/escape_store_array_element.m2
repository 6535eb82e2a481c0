escape_store_array_element.go:13:18: elem() escapes to heap:
escape_store_array_element.go:13:18:   flow: {storage for ... argument} = &{storage for elem()}:
escape_store_array_element.go:13:18:     from elem() (spill) at escape_store_array_element.go:13:18
escape_store_array_element.go:13:18:     from ... argument (slice-literal-element) at escape_store_array_element.go:13:13
escape_store_array_element.go:13:18:   flow: {heap} = {storage for ... argument}:
escape_store_array_element.go:13:18:     from ... argument (spill) at escape_store_array_element.go:13:13
escape_store_array_element.go:13:18:     from fmt.Println(... argument...) (call parameter) at escape_store_array_element.go:13:13
escape_store_array_element.go:13:13: ... argument does not escape
escape_store_array_element.go:13:18: elem() escapes to heap
