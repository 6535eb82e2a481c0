escape_store_slice_element.go:6:2: moved to heap: x
escape_store_slice_element.go:7:11: make([]*int, 1) does not escape
escape_store_slice_element.go:13:13: ... argument does not escape
escape_store_slice_element.go:13:18: elem() escapes to heap
