escape_string_bytes_conversion.go:6:15: string(b) escapes to heap:
escape_string_bytes_conversion.go:6:15:   flow: ~r0 = &{storage for string(b)}:
escape_string_bytes_conversion.go:6:15:     from string(b) (spill) at escape_string_bytes_conversion.go:6:15
escape_string_bytes_conversion.go:6:15:     from return string(b) (return) at escape_string_bytes_conversion.go:6:2
escape_string_bytes_conversion.go:5:10: b does not escape
escape_string_bytes_conversion.go:6:15: string(b) escapes to heap
escape_string_bytes_conversion.go:10:15: ([]byte)(s) escapes to heap:
escape_string_bytes_conversion.go:10:15:   flow: ~r0 = &{storage for ([]byte)(s)}:
escape_string_bytes_conversion.go:10:15:     from ([]byte)(s) (spill) at escape_string_bytes_conversion.go:10:15
escape_string_bytes_conversion.go:10:15:     from return ([]byte)(s) (return) at escape_string_bytes_conversion.go:10:2
escape_string_bytes_conversion.go:9:9: s does not escape
escape_string_bytes_conversion.go:10:15: ([]byte)(s) escapes to heap
escape_string_bytes_conversion.go:14:17: str(bs("hey")) escapes to heap:
escape_string_bytes_conversion.go:14:17:   flow: {storage for ... argument} = &{storage for str(bs("hey"))}:
escape_string_bytes_conversion.go:14:17:     from str(bs("hey")) (spill) at escape_string_bytes_conversion.go:14:17
escape_string_bytes_conversion.go:14:17:     from ... argument (slice-literal-element) at escape_string_bytes_conversion.go:14:13
escape_string_bytes_conversion.go:14:17:   flow: {heap} = {storage for ... argument}:
escape_string_bytes_conversion.go:14:17:     from ... argument (spill) at escape_string_bytes_conversion.go:14:13
escape_string_bytes_conversion.go:14:17:     from fmt.Println(... argument...) (call parameter) at escape_string_bytes_conversion.go:14:13
escape_string_bytes_conversion.go:14:13: ... argument does not escape
escape_string_bytes_conversion.go:14:17: str(bs("hey")) escapes to heap
