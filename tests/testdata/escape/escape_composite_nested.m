escape_composite_nested.go:14:9: &Outer{...} escapes to heap
escape_composite_nested.go:15:26: []int{...} escapes to heap
escape_composite_nested.go:16:23: map[string]int{...} escapes to heap
escape_composite_nested.go:17:9: &Outer{...} escapes to heap
escape_composite_nested.go:17:37: []int{...} escapes to heap
escape_composite_nested.go:22:34: []int{...} does not escape
escape_composite_nested.go:28:13: ... argument does not escape
escape_composite_nested.go:28:17: len(o.in.vals) escapes to heap
escape_composite_nested.go:28:36: o.tags["a"] escapes to heap
escape_composite_nested.go:28:57: o.next.in.vals[0] escapes to heap
escape_composite_nested.go:28:71: localOnly() escapes to heap
