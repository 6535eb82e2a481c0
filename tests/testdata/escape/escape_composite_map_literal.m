escape_composite_map_literal.go:6:21: map[string]int{...} does not escape
escape_composite_map_literal.go:11:23: map[string]int{...} escapes to heap
escape_composite_map_literal.go:15:13: ... argument does not escape
escape_composite_map_literal.go:15:19: local() escapes to heap
escape_composite_map_literal.go:15:33: returned()["c"] escapes to heap
