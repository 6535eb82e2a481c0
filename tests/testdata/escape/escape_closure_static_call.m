escape_closure_static_call.go:7:8: func literal does not escape
escape_closure_static_call.go:13:8: func literal does not escape
escape_closure_static_call.go:15:8: func literal does not escape
escape_closure_static_call.go:21:13: ... argument does not escape
escape_closure_static_call.go:21:20: static() escapes to heap
escape_closure_static_call.go:21:34: reassigned(true) escapes to heap
escape_closure_static_call.go:21:52: reassigned(false) escapes to heap
