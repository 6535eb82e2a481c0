escape_range_array_value_vs_pointer.go:13:17: a does not escape
escape_range_array_value_vs_pointer.go:23:13: ... argument does not escape
escape_range_array_value_vs_pointer.go:23:22: sumValue(arr) escapes to heap
escape_range_array_value_vs_pointer.go:23:39: sumPointer(&arr) escapes to heap
