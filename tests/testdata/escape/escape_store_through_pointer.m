escape_store_through_pointer.go:8:2: moved to heap: x
escape_store_through_pointer.go:9:7: &Box{} does not escape
escape_store_through_pointer.go:15:13: ... argument does not escape
escape_store_through_pointer.go:15:20: viaPtr() escapes to heap
