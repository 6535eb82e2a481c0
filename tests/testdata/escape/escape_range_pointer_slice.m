escape_range_pointer_slice.go:7:2: moved to heap: vals
escape_range_pointer_slice.go:16:13: ... argument does not escape
escape_range_pointer_slice.go:16:20: *s[0] + *s[2] escapes to heap
