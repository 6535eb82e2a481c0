escape_closure_go.go:9:6: moved to heap: wg
escape_closure_go.go:10:2: moved to heap: x
escape_closure_go.go:12:5: func literal escapes to heap
escape_closure_go.go:21:13: ... argument does not escape
escape_closure_go.go:21:19: spawn() escapes to heap
