escape_recursive.go:14:9: &List{...} escapes to heap
escape_recursive.go:17:10: l does not escape
escape_recursive.go:25:13: ... argument does not escape
escape_recursive.go:25:17: sum(build(4)) escapes to heap
