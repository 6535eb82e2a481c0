escape_go_address_arg.go:8:10: p does not escape
escape_go_address_arg.go:8:18: leaking param: wg
escape_go_address_arg.go:14:6: moved to heap: wg
escape_go_address_arg.go:15:2: moved to heap: x
escape_go_address_arg.go:23:13: ... argument does not escape
escape_go_address_arg.go:23:17: run() escapes to heap
