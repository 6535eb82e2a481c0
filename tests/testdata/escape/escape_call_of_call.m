escape_call_of_call.go:6:9: func literal escapes to heap
escape_call_of_call.go:10:2: moved to heap: n
escape_call_of_call.go:11:9: func literal escapes to heap
escape_call_of_call.go:18:13: ... argument does not escape
escape_call_of_call.go:18:23: .autotmp_0(5) escapes to heap
escape_call_of_call.go:21:13: ... argument does not escape
escape_call_of_call.go:21:15: c() escapes to heap
escape_call_of_call.go:21:28: .autotmp_2() escapes to heap
