escape_store_map_value.go:6:2: x escapes to heap:
escape_store_map_value.go:6:2:   flow: {heap} = &x:
escape_store_map_value.go:6:2:     from &x (address-of) at escape_store_map_value.go:8:11
escape_store_map_value.go:6:2:     from m["k"] = &x (assign) at escape_store_map_value.go:8:9
escape_store_map_value.go:6:2: moved to heap: x
escape_store_map_value.go:7:22: map[string]*int{} does not escape
escape_store_map_value.go:13:22: mapStore() escapes to heap:
escape_store_map_value.go:13:22:   flow: {storage for ... argument} = &{storage for mapStore()}:
escape_store_map_value.go:13:22:     from mapStore() (spill) at escape_store_map_value.go:13:22
escape_store_map_value.go:13:22:     from ... argument (slice-literal-element) at escape_store_map_value.go:13:13
escape_store_map_value.go:13:22:   flow: {heap} = {storage for ... argument}:
escape_store_map_value.go:13:22:     from ... argument (spill) at escape_store_map_value.go:13:13
escape_store_map_value.go:13:22:     from fmt.Println(... argument...) (call parameter) at escape_store_map_value.go:13:13
escape_store_map_value.go:13:13: ... argument does not escape
escape_store_map_value.go:13:22: mapStore() escapes to heap
