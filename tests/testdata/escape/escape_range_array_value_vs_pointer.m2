escape_range_array_value_vs_pointer.go:13:17: a does not escape
escape_range_array_value_vs_pointer.go:23:39: sumPointer(&arr) escapes to heap:
escape_range_array_value_vs_pointer.go:23:39:   flow: {storage for ... argument} = &{storage for sumPointer(&arr)}:
escape_range_array_value_vs_pointer.go:23:39:     from sumPointer(&arr) (spill) at escape_range_array_value_vs_pointer.go:23:39
escape_range_array_value_vs_pointer.go:23:39:     from ... argument (slice-literal-element) at escape_range_array_value_vs_pointer.go:23:13
escape_range_array_value_vs_pointer.go:23:39:   flow: {heap} = {storage for ... argument}:
escape_range_array_value_vs_pointer.go:23:39:     from ... argument (spill) at escape_range_array_value_vs_pointer.go:23:13
escape_range_array_value_vs_pointer.go:23:39:     from fmt.Println(... argument...) (call parameter) at escape_range_array_value_vs_pointer.go:23:13
escape_range_array_value_vs_pointer.go:23:22: sumValue(arr) escapes to heap:
escape_range_array_value_vs_pointer.go:23:22:   flow: {storage for ... argument} = &{storage for sumValue(arr)}:
escape_range_array_value_vs_pointer.go:23:22:     from sumValue(arr) (spill) at escape_range_array_value_vs_pointer.go:23:22
escape_range_array_value_vs_pointer.go:23:22:     from ... argument (slice-literal-element) at escape_range_array_value_vs_pointer.go:23:13
escape_range_array_value_vs_pointer.go:23:22:   flow: {heap} = {storage for ... argument}:
escape_range_array_value_vs_pointer.go:23:22:     from ... argument (spill) at escape_range_array_value_vs_pointer.go:23:13
escape_range_array_value_vs_pointer.go:23:22:     from fmt.Println(... argument...) (call parameter) at escape_range_array_value_vs_pointer.go:23:13
escape_range_array_value_vs_pointer.go:23:13: ... argument does not escape
escape_range_array_value_vs_pointer.go:23:22: sumValue(arr) escapes to heap
escape_range_array_value_vs_pointer.go:23:39: sumPointer(&arr) escapes to heap
