escape_func_map_slice.go:7:10: func literal escapes to heap:
escape_func_map_slice.go:7:10:   flow: {heap} = &{storage for func literal}:
escape_func_map_slice.go:7:10:     from func literal (spill) at escape_func_map_slice.go:7:10
escape_func_map_slice.go:7:10:     from map[string]func(int) int{...} (map literal value) at escape_func_map_slice.go:6:33
escape_func_map_slice.go:8:10: func literal escapes to heap:
escape_func_map_slice.go:8:10:   flow: {heap} = &{storage for func literal}:
escape_func_map_slice.go:8:10:     from func literal (spill) at escape_func_map_slice.go:8:10
escape_func_map_slice.go:8:10:     from map[string]func(int) int{...} (map literal value) at escape_func_map_slice.go:6:33
escape_func_map_slice.go:15:41: steps[1](10) escapes to heap:
escape_func_map_slice.go:15:41:   flow: {storage for ... argument} = &{storage for steps[1](10)}:
escape_func_map_slice.go:15:41:     from steps[1](10) (spill) at escape_func_map_slice.go:15:41
escape_func_map_slice.go:15:41:     from ... argument (slice-literal-element) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:41:   flow: {heap} = {storage for ... argument}:
escape_func_map_slice.go:15:41:     from ... argument (spill) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:41:     from fmt.Println(... argument...) (call parameter) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:27: ops["inc"](10) escapes to heap:
escape_func_map_slice.go:15:27:   flow: {storage for ... argument} = &{storage for ops["inc"](10)}:
escape_func_map_slice.go:15:27:     from ops["inc"](10) (spill) at escape_func_map_slice.go:15:27
escape_func_map_slice.go:15:27:     from ... argument (slice-literal-element) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:27:   flow: {heap} = {storage for ... argument}:
escape_func_map_slice.go:15:27:     from ... argument (spill) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:27:     from fmt.Println(... argument...) (call parameter) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:13: v escapes to heap:
escape_func_map_slice.go:15:13:   flow: {storage for ... argument} = &{storage for v}:
escape_func_map_slice.go:15:13:     from v (spill) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:13:     from ... argument (slice-literal-element) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:13:   flow: {heap} = {storage for ... argument}:
escape_func_map_slice.go:15:13:     from ... argument (spill) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:15:13:     from fmt.Println(... argument...) (call parameter) at escape_func_map_slice.go:15:13
escape_func_map_slice.go:6:33: map[string]func(int) int{...} does not escape
escape_func_map_slice.go:7:10: func literal escapes to heap
escape_func_map_slice.go:8:10: func literal escapes to heap
escape_func_map_slice.go:10:26: []func(int) int{...} does not escape
escape_func_map_slice.go:15:13: ... argument does not escape
escape_func_map_slice.go:15:13: v escapes to heap
escape_func_map_slice.go:15:27: ops["inc"](10) escapes to heap
escape_func_map_slice.go:15:41: steps[1](10) escapes to heap
