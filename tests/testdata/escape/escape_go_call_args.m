escape_go_call_args.go:8:21: ch does not escape
escape_go_call_args.go:8:34: leaking param: wg
escape_go_call_args.go:15:6: moved to heap: wg
escape_go_call_args.go:26:13: ... argument does not escape
escape_go_call_args.go:26:13: sum escapes to heap
