escape_defer_println.go:6:20: "done" escapes to heap
escape_defer_println.go:6:20: v escapes to heap
escape_defer_println.go:6:19: ... argument does not escape
escape_defer_println.go:12:13: ... argument does not escape
escape_defer_println.go:12:20: report(21) escapes to heap
