escape_array_vs_slice.go:11:12: []int{...} does not escape
escape_array_vs_slice.go:16:2: moved to heap: a
escape_array_vs_slice.go:21:13: ... argument does not escape
escape_array_vs_slice.go:21:17: arr() escapes to heap
escape_array_vs_slice.go:21:26: slice() escapes to heap
escape_array_vs_slice.go:21:33: len(sliceOfArray()) escapes to heap
