escape_store_array_element.go:13:13: ... argument does not escape
escape_store_array_element.go:13:18: elem() escapes to heap
