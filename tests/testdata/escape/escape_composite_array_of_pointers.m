escape_composite_array_of_pointers.go:12:2: moved to heap: c
escape_composite_array_of_pointers.go:12:5: moved to heap: d
escape_composite_array_of_pointers.go:18:13: ... argument does not escape
escape_composite_array_of_pointers.go:18:19: local() escapes to heap
escape_composite_array_of_pointers.go:18:28: *r[0] + *r[1] escapes to heap
