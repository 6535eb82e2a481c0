escape_println_builtin.go:7:12: "" escapes to heap:
escape_println_builtin.go:7:12:   flow: {storage for ... argument} = &{storage for ""}:
escape_println_builtin.go:7:12:     from "" (spill) at escape_println_builtin.go:7:12
escape_println_builtin.go:7:12:     from ... argument (slice-literal-element) at escape_println_builtin.go:7:11
escape_println_builtin.go:7:12:   flow: {heap} = {storage for ... argument}:
escape_println_builtin.go:7:12:     from ... argument (spill) at escape_println_builtin.go:7:11
escape_println_builtin.go:7:12:     from fmt.Print(... argument...) (call parameter) at escape_println_builtin.go:7:11
escape_println_builtin.go:5:18: p does not escape
escape_println_builtin.go:7:11: ... argument does not escape
escape_println_builtin.go:7:12: "" escapes to heap
escape_println_builtin.go:13:14: "ok" escapes to heap:
escape_println_builtin.go:13:14:   flow: {storage for ... argument} = &{storage for "ok"}:
escape_println_builtin.go:13:14:     from "ok" (spill) at escape_println_builtin.go:13:14
escape_println_builtin.go:13:14:     from ... argument (slice-literal-element) at escape_println_builtin.go:13:13
escape_println_builtin.go:13:14:   flow: {heap} = {storage for ... argument}:
escape_println_builtin.go:13:14:     from ... argument (spill) at escape_println_builtin.go:13:13
escape_println_builtin.go:13:14:     from fmt.Println(... argument...) (call parameter) at escape_println_builtin.go:13:13
escape_println_builtin.go:13:13: ... argument does not escape
escape_println_builtin.go:13:14: "ok" escapes to heap
