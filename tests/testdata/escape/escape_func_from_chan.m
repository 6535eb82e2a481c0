escape_func_from_chan.go:8:10: func literal escapes to heap
escape_func_from_chan.go:9:10: func literal escapes to heap
escape_func_from_chan.go:16:7: func literal escapes to heap
escape_func_from_chan.go:18:13: ... argument does not escape
escape_func_from_chan.go:18:13: sum escapes to heap
escape_func_from_chan.go:18:21: fn(1) escapes to heap
