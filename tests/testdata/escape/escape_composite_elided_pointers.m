escape_composite_elided_pointers.go:10:17: []*Point{...} escapes to heap
escape_composite_elided_pointers.go:10:18: &Point{...} escapes to heap
escape_composite_elided_pointers.go:10:26: &Point{...} escapes to heap
escape_composite_elided_pointers.go:14:20: map[string]*T{...} does not escape
escape_composite_elided_pointers.go:14:26: &T{...} escapes to heap
escape_composite_elided_pointers.go:14:36: &T{...} escapes to heap
escape_composite_elided_pointers.go:20:13: ... argument does not escape
escape_composite_elided_pointers.go:20:19: ps[1].X escapes to heap
escape_composite_elided_pointers.go:20:28: local() escapes to heap
