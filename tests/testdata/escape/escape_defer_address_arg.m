escape_defer_address_arg.go:5:11: p does not escape
escape_defer_address_arg.go:16:13: ... argument does not escape
escape_defer_address_arg.go:16:18: work() escapes to heap
