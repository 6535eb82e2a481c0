escape_panic_values.go:8:10: f does not escape
escape_panic_values.go:9:8: func literal does not escape
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
