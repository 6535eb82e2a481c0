escape_string_bytes_conversion.go:5:10: b does not escape
escape_string_bytes_conversion.go:6:15: string(b) escapes to heap
escape_string_bytes_conversion.go:9:9: s does not escape
escape_string_bytes_conversion.go:10:15: ([]byte)(s) escapes to heap
escape_string_bytes_conversion.go:14:13: ... argument does not escape
escape_string_bytes_conversion.go:14:17: str(bs("hey")) escapes to heap
