escape_func_map_slice.go:6:33: map[string]func(int) int{...} does not escape
escape_func_map_slice.go:7:10: func literal escapes to heap
escape_func_map_slice.go:8:10: func literal escapes to heap
escape_func_map_slice.go:10:26: []func(int) int{...} does not escape
escape_func_map_slice.go:15:13: ... argument does not escape
escape_func_map_slice.go:15:13: v escapes to heap
escape_func_map_slice.go:15:27: ops["inc"](10) escapes to heap
escape_func_map_slice.go:15:41: steps[1](10) escapes to heap
