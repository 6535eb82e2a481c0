escape_select_recv_global.go:7:11: a does not escape
escape_select_recv_global.go:7:14: b does not escape
escape_select_recv_global.go:12:14: ... argument does not escape
escape_select_recv_global.go:12:15: "b" escapes to heap
escape_select_recv_global.go:12:20: *v escapes to heap
escape_select_recv_global.go:19:2: moved to heap: x
escape_select_recv_global.go:22:13: ... argument does not escape
escape_select_recv_global.go:22:14: *saved escapes to heap
