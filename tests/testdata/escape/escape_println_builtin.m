escape_println_builtin.go:5:18: p does not escape
escape_println_builtin.go:7:11: ... argument does not escape
escape_println_builtin.go:7:12: "" escapes to heap
escape_println_builtin.go:13:13: ... argument does not escape
escape_println_builtin.go:13:14: "ok" escapes to heap
