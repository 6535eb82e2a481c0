escape_too_large_composite_exact.go:10:7: &Big{} does not escape
escape_too_large_composite_exact.go:16:13: ... argument does not escape
escape_too_large_composite_exact.go:16:19: okLit() escapes to heap
