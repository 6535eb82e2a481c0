escape_panic_values.go:8:21: try capturing by ref: msg (addr=false assign=true width=16)
escape_panic_values.go:8:10: f does not escape
escape_panic_values.go:9:8: func literal does not escape
escape_panic_values.go:19:32: "msg" escapes to heap:
escape_panic_values.go:19:32:   flow: {heap} = &{storage for "msg"}:
escape_panic_values.go:19:32:     from "msg" (spill) at escape_panic_values.go:19:32
escape_panic_values.go:19:32:     from panic("msg") (call parameter) at escape_panic_values.go:19:32
escape_panic_values.go:21:44: fmt.Sprintf("n=%d", n) escapes to heap:
escape_panic_values.go:21:44:   flow: {heap} = &{storage for fmt.Sprintf("n=%d", n)}:
escape_panic_values.go:21:44:     from fmt.Sprintf("n=%d", n) (spill) at escape_panic_values.go:21:44
escape_panic_values.go:21:44:     from panic(fmt.Sprintf("n=%d", n)) (call parameter) at escape_panic_values.go:21:32
escape_panic_values.go:17:2: main capturing by value: err (addr=false assign=false width=16)
escape_panic_values.go:18:2: main capturing by value: n (addr=false assign=false width=8)
escape_panic_values.go:21:45: n escapes to heap:
escape_panic_values.go:21:45:   flow: {storage for ... argument} = &{storage for n}:
escape_panic_values.go:21:45:     from n (spill) at escape_panic_values.go:21:45
escape_panic_values.go:21:45:     from ... argument (slice-literal-element) at escape_panic_values.go:21:44
escape_panic_values.go:21:45:   flow: {heap} = {storage for ... argument}:
escape_panic_values.go:21:45:     from ... argument (spill) at escape_panic_values.go:21:44
escape_panic_values.go:21:45:     from fmt.Sprintf("n=%d", ... argument...) (call parameter) at escape_panic_values.go:21:44
escape_panic_values.go:19:13: ... argument does not escape
escape_panic_values.go:19:18: func literal does not escape
escape_panic_values.go:19:32: "msg" escapes to heap
escape_panic_values.go:20:13: ... argument does not escape
escape_panic_values.go:20:18: func literal does not escape
escape_panic_values.go:21:13: ... argument does not escape
escape_panic_values.go:21:18: func literal does not escape
escape_panic_values.go:21:44: fmt.Sprintf("n=%d", ... argument...) escapes to heap
escape_panic_values.go:21:44: ... argument does not escape
escape_panic_values.go:21:45: n escapes to heap
