escape_store_via_append.go:6:2: moved to heap: x
escape_store_via_append.go:7:11: make([]*int, 0, 1) does not escape
escape_store_via_append.go:13:13: ... argument does not escape
escape_store_via_append.go:13:23: appendPtr() escapes to heap
