escape_string_bytes_local.go:5:12: s does not escape
escape_string_bytes_local.go:6:13: ([]byte)(s) does not escape
escape_string_bytes_local.go:13:13: string(b) does not escape
escape_string_bytes_local.go:18:19: count("banana") escapes to heap:
escape_string_bytes_local.go:18:19:   flow: {storage for ... argument} = &{storage for count("banana")}:
escape_string_bytes_local.go:18:19:     from count("banana") (spill) at escape_string_bytes_local.go:18:19
escape_string_bytes_local.go:18:19:     from ... argument (slice-literal-element) at escape_string_bytes_local.go:18:13
escape_string_bytes_local.go:18:19:   flow: {heap} = {storage for ... argument}:
escape_string_bytes_local.go:18:19:     from ... argument (spill) at escape_string_bytes_local.go:18:13
escape_string_bytes_local.go:18:19:     from fmt.Println(... argument...) (call parameter) at escape_string_bytes_local.go:18:13
escape_string_bytes_local.go:18:13: ... argument does not escape
escape_string_bytes_local.go:18:19: count("banana") escapes to heap
