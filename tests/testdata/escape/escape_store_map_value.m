escape_store_map_value.go:6:2: moved to heap: x
escape_store_map_value.go:7:22: map[string]*int{} does not escape
escape_store_map_value.go:13:13: ... argument does not escape
escape_store_map_value.go:13:22: mapStore() escapes to heap
