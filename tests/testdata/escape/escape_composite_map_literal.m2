escape_composite_map_literal.go:6:21: map[string]int{...} does not escape
escape_composite_map_literal.go:11:23: map[string]int{...} escapes to heap:
escape_composite_map_literal.go:11:23:   flow: ~r0 = &{storage for map[string]int{...}}:
escape_composite_map_literal.go:11:23:     from map[string]int{...} (spill) at escape_composite_map_literal.go:11:23
escape_composite_map_literal.go:11:23:     from return map[string]int{...} (return) at escape_composite_map_literal.go:11:2
escape_composite_map_literal.go:11:23: map[string]int{...} escapes to heap
escape_composite_map_literal.go:15:33: returned()["c"] escapes to heap:
escape_composite_map_literal.go:15:33:   flow: {storage for ... argument} = &{storage for returned()["c"]}:
escape_composite_map_literal.go:15:33:     from returned()["c"] (spill) at escape_composite_map_literal.go:15:33
escape_composite_map_literal.go:15:33:     from ... argument (slice-literal-element) at escape_composite_map_literal.go:15:13
escape_composite_map_literal.go:15:33:   flow: {heap} = {storage for ... argument}:
escape_composite_map_literal.go:15:33:     from ... argument (spill) at escape_composite_map_literal.go:15:13
escape_composite_map_literal.go:15:33:     from fmt.Println(... argument...) (call parameter) at escape_composite_map_literal.go:15:13
escape_composite_map_literal.go:15:19: local() escapes to heap:
escape_composite_map_literal.go:15:19:   flow: {storage for ... argument} = &{storage for local()}:
escape_composite_map_literal.go:15:19:     from local() (spill) at escape_composite_map_literal.go:15:19
escape_composite_map_literal.go:15:19:     from ... argument (slice-literal-element) at escape_composite_map_literal.go:15:13
escape_composite_map_literal.go:15:19:   flow: {heap} = {storage for ... argument}:
escape_composite_map_literal.go:15:19:     from ... argument (spill) at escape_composite_map_literal.go:15:13
escape_composite_map_literal.go:15:19:     from fmt.Println(... argument...) (call parameter) at escape_composite_map_literal.go:15:13
escape_composite_map_literal.go:15:13: ... argument does not escape
escape_composite_map_literal.go:15:19: local() escapes to heap
escape_composite_map_literal.go:15:33: returned()["c"] escapes to heap
