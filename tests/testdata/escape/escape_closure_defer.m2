escape_closure_defer.go:6:2: deferred capturing by ref: x (addr=false assign=true width=8)
escape_closure_defer.go:5:18: deferred capturing by ref: r (addr=false assign=true width=8)
escape_closure_defer.go:7:8: func literal does not escape
escape_closure_defer.go:15:22: deferred() escapes to heap:
escape_closure_defer.go:15:22:   flow: {storage for ... argument} = &{storage for deferred()}:
escape_closure_defer.go:15:22:     from deferred() (spill) at escape_closure_defer.go:15:22
escape_closure_defer.go:15:22:     from ... argument (slice-literal-element) at escape_closure_defer.go:15:13
escape_closure_defer.go:15:22:   flow: {heap} = {storage for ... argument}:
escape_closure_defer.go:15:22:     from ... argument (spill) at escape_closure_defer.go:15:13
escape_closure_defer.go:15:22:     from fmt.Println(... argument...) (call parameter) at escape_closure_defer.go:15:13
escape_closure_defer.go:15:13: ... argument does not escape
escape_closure_defer.go:15:22: deferred() escapes to heap
