escape_closure_defer.go:7:8: func literal does not escape
escape_closure_defer.go:15:13: ... argument does not escape
escape_closure_defer.go:15:22: deferred() escapes to heap
