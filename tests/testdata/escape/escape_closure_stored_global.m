escape_closure_stored_global.go:9:9: func literal escapes to heap
escape_closure_stored_global.go:14:13: ... argument does not escape
escape_closure_stored_global.go:14:18: hook() escapes to heap
