escape_closure_stored_global.go:9:9: func literal escapes to heap:
escape_closure_stored_global.go:9:9:   flow: {heap} = &{storage for func literal}:
escape_closure_stored_global.go:9:9:     from func literal (spill) at escape_closure_stored_global.go:9:9
escape_closure_stored_global.go:9:9:     from hook = func literal (assign) at escape_closure_stored_global.go:9:7
escape_closure_stored_global.go:8:2: install capturing by value: x (addr=false assign=false width=8)
escape_closure_stored_global.go:9:9: func literal escapes to heap
escape_closure_stored_global.go:14:18: hook() escapes to heap:
escape_closure_stored_global.go:14:18:   flow: {storage for ... argument} = &{storage for hook()}:
escape_closure_stored_global.go:14:18:     from hook() (spill) at escape_closure_stored_global.go:14:18
escape_closure_stored_global.go:14:18:     from ... argument (slice-literal-element) at escape_closure_stored_global.go:14:13
escape_closure_stored_global.go:14:18:   flow: {heap} = {storage for ... argument}:
escape_closure_stored_global.go:14:18:     from ... argument (spill) at escape_closure_stored_global.go:14:13
escape_closure_stored_global.go:14:18:     from fmt.Println(... argument...) (call parameter) at escape_closure_stored_global.go:14:13
escape_closure_stored_global.go:14:13: ... argument does not escape
escape_closure_stored_global.go:14:18: hook() escapes to heap
