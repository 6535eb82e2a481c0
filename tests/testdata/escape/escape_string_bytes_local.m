escape_string_bytes_local.go:5:12: s does not escape
escape_string_bytes_local.go:6:13: ([]byte)(s) does not escape
escape_string_bytes_local.go:13:13: string(b) does not escape
escape_string_bytes_local.go:18:13: ... argument does not escape
escape_string_bytes_local.go:18:19: count("banana") escapes to heap
