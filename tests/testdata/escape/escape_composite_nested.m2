escape_composite_nested.go:14:9: &Outer{...} escapes to heap:
escape_composite_nested.go:14:9:   flow: ~r0 = &{storage for &Outer{...}}:
escape_composite_nested.go:14:9:     from &Outer{...} (spill) at escape_composite_nested.go:14:9
escape_composite_nested.go:14:9:     from return &Outer{...} (return) at escape_composite_nested.go:14:2
escape_composite_nested.go:17:9: &Outer{...} escapes to heap:
escape_composite_nested.go:17:9:   flow: {storage for &Outer{...}} = &{storage for &Outer{...}}:
escape_composite_nested.go:17:9:     from &Outer{...} (spill) at escape_composite_nested.go:17:9
escape_composite_nested.go:17:9:     from Outer{...} (struct literal element) at escape_composite_nested.go:14:15
escape_composite_nested.go:16:23: map[string]int{...} escapes to heap:
escape_composite_nested.go:16:23:   flow: {storage for &Outer{...}} = &{storage for map[string]int{...}}:
escape_composite_nested.go:16:23:     from map[string]int{...} (spill) at escape_composite_nested.go:16:23
escape_composite_nested.go:16:23:     from Outer{...} (struct literal element) at escape_composite_nested.go:14:15
escape_composite_nested.go:15:26: []int{...} escapes to heap:
escape_composite_nested.go:15:26:   flow: {storage for &Outer{...}} = &{storage for []int{...}}:
escape_composite_nested.go:15:26:     from []int{...} (spill) at escape_composite_nested.go:15:26
escape_composite_nested.go:15:26:     from Inner{...} (struct literal element) at escape_composite_nested.go:15:14
escape_composite_nested.go:15:26:     from Outer{...} (struct literal element) at escape_composite_nested.go:14:15
escape_composite_nested.go:17:37: []int{...} escapes to heap:
escape_composite_nested.go:17:37:   flow: {storage for &Outer{...}} = &{storage for []int{...}}:
escape_composite_nested.go:17:37:     from []int{...} (spill) at escape_composite_nested.go:17:37
escape_composite_nested.go:17:37:     from Inner{...} (struct literal element) at escape_composite_nested.go:17:25
escape_composite_nested.go:17:37:     from Outer{...} (struct literal element) at escape_composite_nested.go:17:15
escape_composite_nested.go:14:9: &Outer{...} escapes to heap
escape_composite_nested.go:15:26: []int{...} escapes to heap
escape_composite_nested.go:16:23: map[string]int{...} escapes to heap
escape_composite_nested.go:17:9: &Outer{...} escapes to heap
escape_composite_nested.go:17:37: []int{...} escapes to heap
escape_composite_nested.go:22:34: []int{...} does not escape
escape_composite_nested.go:28:71: localOnly() escapes to heap:
escape_composite_nested.go:28:71:   flow: {storage for ... argument} = &{storage for localOnly()}:
escape_composite_nested.go:28:71:     from localOnly() (spill) at escape_composite_nested.go:28:71
escape_composite_nested.go:28:71:     from ... argument (slice-literal-element) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:71:   flow: {heap} = {storage for ... argument}:
escape_composite_nested.go:28:71:     from ... argument (spill) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:71:     from fmt.Println(... argument...) (call parameter) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:57: o.next.in.vals[0] escapes to heap:
escape_composite_nested.go:28:57:   flow: {storage for ... argument} = &{storage for o.next.in.vals[0]}:
escape_composite_nested.go:28:57:     from o.next.in.vals[0] (spill) at escape_composite_nested.go:28:57
escape_composite_nested.go:28:57:     from ... argument (slice-literal-element) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:57:   flow: {heap} = {storage for ... argument}:
escape_composite_nested.go:28:57:     from ... argument (spill) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:57:     from fmt.Println(... argument...) (call parameter) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:36: o.tags["a"] escapes to heap:
escape_composite_nested.go:28:36:   flow: {storage for ... argument} = &{storage for o.tags["a"]}:
escape_composite_nested.go:28:36:     from o.tags["a"] (spill) at escape_composite_nested.go:28:36
escape_composite_nested.go:28:36:     from ... argument (slice-literal-element) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:36:   flow: {heap} = {storage for ... argument}:
escape_composite_nested.go:28:36:     from ... argument (spill) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:36:     from fmt.Println(... argument...) (call parameter) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:17: len(o.in.vals) escapes to heap:
escape_composite_nested.go:28:17:   flow: {storage for ... argument} = &{storage for len(o.in.vals)}:
escape_composite_nested.go:28:17:     from len(o.in.vals) (spill) at escape_composite_nested.go:28:17
escape_composite_nested.go:28:17:     from ... argument (slice-literal-element) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:17:   flow: {heap} = {storage for ... argument}:
escape_composite_nested.go:28:17:     from ... argument (spill) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:17:     from fmt.Println(... argument...) (call parameter) at escape_composite_nested.go:28:13
escape_composite_nested.go:28:13: ... argument does not escape
escape_composite_nested.go:28:17: len(o.in.vals) escapes to heap
escape_composite_nested.go:28:36: o.tags["a"] escapes to heap
escape_composite_nested.go:28:57: o.next.in.vals[0] escapes to heap
escape_composite_nested.go:28:71: localOnly() escapes to heap
