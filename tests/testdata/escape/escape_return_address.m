escape_return_address.go:6:2: moved to heap: x
escape_return_address.go:12:13: ... argument does not escape
escape_return_address.go:12:14: *p escapes to heap
