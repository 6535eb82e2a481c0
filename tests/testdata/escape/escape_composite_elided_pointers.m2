escape_composite_elided_pointers.go:10:17: []*Point{...} escapes to heap:
escape_composite_elided_pointers.go:10:17:   flow: ~r0 = &{storage for []*Point{...}}:
escape_composite_elided_pointers.go:10:17:     from []*Point{...} (spill) at escape_composite_elided_pointers.go:10:17
escape_composite_elided_pointers.go:10:17:     from return []*Point{...} (return) at escape_composite_elided_pointers.go:10:2
escape_composite_elided_pointers.go:10:26: &Point{...} escapes to heap:
escape_composite_elided_pointers.go:10:26:   flow: {storage for []*Point{...}} = &{storage for &Point{...}}:
escape_composite_elided_pointers.go:10:26:     from &Point{...} (spill) at escape_composite_elided_pointers.go:10:26
escape_composite_elided_pointers.go:10:26:     from []*Point{...} (slice-literal-element) at escape_composite_elided_pointers.go:10:17
escape_composite_elided_pointers.go:10:18: &Point{...} escapes to heap:
escape_composite_elided_pointers.go:10:18:   flow: {storage for []*Point{...}} = &{storage for &Point{...}}:
escape_composite_elided_pointers.go:10:18:     from &Point{...} (spill) at escape_composite_elided_pointers.go:10:18
escape_composite_elided_pointers.go:10:18:     from []*Point{...} (slice-literal-element) at escape_composite_elided_pointers.go:10:17
escape_composite_elided_pointers.go:10:17: []*Point{...} escapes to heap
escape_composite_elided_pointers.go:10:18: &Point{...} escapes to heap
escape_composite_elided_pointers.go:10:26: &Point{...} escapes to heap
escape_composite_elided_pointers.go:14:26: &T{...} escapes to heap:
escape_composite_elided_pointers.go:14:26:   flow: {heap} = &{storage for &T{...}}:
escape_composite_elided_pointers.go:14:26:     from &T{...} (spill) at escape_composite_elided_pointers.go:14:26
escape_composite_elided_pointers.go:14:26:     from map[string]*T{...} (map literal value) at escape_composite_elided_pointers.go:14:20
escape_composite_elided_pointers.go:14:36: &T{...} escapes to heap:
escape_composite_elided_pointers.go:14:36:   flow: {heap} = &{storage for &T{...}}:
escape_composite_elided_pointers.go:14:36:     from &T{...} (spill) at escape_composite_elided_pointers.go:14:36
escape_composite_elided_pointers.go:14:36:     from map[string]*T{...} (map literal value) at escape_composite_elided_pointers.go:14:20
escape_composite_elided_pointers.go:14:20: map[string]*T{...} does not escape
escape_composite_elided_pointers.go:14:26: &T{...} escapes to heap
escape_composite_elided_pointers.go:14:36: &T{...} escapes to heap
escape_composite_elided_pointers.go:20:28: local() escapes to heap:
escape_composite_elided_pointers.go:20:28:   flow: {storage for ... argument} = &{storage for local()}:
escape_composite_elided_pointers.go:20:28:     from local() (spill) at escape_composite_elided_pointers.go:20:28
escape_composite_elided_pointers.go:20:28:     from ... argument (slice-literal-element) at escape_composite_elided_pointers.go:20:13
escape_composite_elided_pointers.go:20:28:   flow: {heap} = {storage for ... argument}:
escape_composite_elided_pointers.go:20:28:     from ... argument (spill) at escape_composite_elided_pointers.go:20:13
escape_composite_elided_pointers.go:20:28:     from fmt.Println(... argument...) (call parameter) at escape_composite_elided_pointers.go:20:13
escape_composite_elided_pointers.go:20:19: ps[1].X escapes to heap:
escape_composite_elided_pointers.go:20:19:   flow: {storage for ... argument} = &{storage for ps[1].X}:
escape_composite_elided_pointers.go:20:19:     from ps[1].X (spill) at escape_composite_elided_pointers.go:20:19
escape_composite_elided_pointers.go:20:19:     from ... argument (slice-literal-element) at escape_composite_elided_pointers.go:20:13
escape_composite_elided_pointers.go:20:19:   flow: {heap} = {storage for ... argument}:
escape_composite_elided_pointers.go:20:19:     from ... argument (spill) at escape_composite_elided_pointers.go:20:13
escape_composite_elided_pointers.go:20:19:     from fmt.Println(... argument...) (call parameter) at escape_composite_elided_pointers.go:20:13
escape_composite_elided_pointers.go:20:13: ... argument does not escape
escape_composite_elided_pointers.go:20:19: ps[1].X escapes to heap
escape_composite_elided_pointers.go:20:28: local() escapes to heap
