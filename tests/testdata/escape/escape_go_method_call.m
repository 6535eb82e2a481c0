escape_go_method_call.go:13:7: leaking param: c
escape_go_method_call.go:13:30: leaking param: wg
escape_go_method_call.go:22:6: moved to heap: wg
escape_go_method_call.go:21:7: &Counter{} escapes to heap
escape_go_method_call.go:28:13: ... argument does not escape
escape_go_method_call.go:28:15: c.n escapes to heap
