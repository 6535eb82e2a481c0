escape_too_large_composite_plus_one.go:11:7: &Big{} escapes to heap
escape_too_large_composite_plus_one.go:17:13: ... argument does not escape
escape_too_large_composite_plus_one.go:17:20: bigLit() escapes to heap
