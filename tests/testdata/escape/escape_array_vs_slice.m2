escape_array_vs_slice.go:11:12: []int{...} does not escape
escape_array_vs_slice.go:16:2: a escapes to heap:
escape_array_vs_slice.go:16:2:   flow: ~r0 = &a:
escape_array_vs_slice.go:16:2:     from a (address-of) at escape_array_vs_slice.go:17:9
escape_array_vs_slice.go:16:2:     from a[:] (slice) at escape_array_vs_slice.go:17:10
escape_array_vs_slice.go:16:2:     from return a[:] (return) at escape_array_vs_slice.go:17:2
escape_array_vs_slice.go:16:2: moved to heap: a
escape_array_vs_slice.go:21:33: len(sliceOfArray()) escapes to heap:
escape_array_vs_slice.go:21:33:   flow: {storage for ... argument} = &{storage for len(sliceOfArray())}:
escape_array_vs_slice.go:21:33:     from len(sliceOfArray()) (spill) at escape_array_vs_slice.go:21:33
escape_array_vs_slice.go:21:33:     from ... argument (slice-literal-element) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:33:   flow: {heap} = {storage for ... argument}:
escape_array_vs_slice.go:21:33:     from ... argument (spill) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:33:     from fmt.Println(... argument...) (call parameter) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:26: slice() escapes to heap:
escape_array_vs_slice.go:21:26:   flow: {storage for ... argument} = &{storage for slice()}:
escape_array_vs_slice.go:21:26:     from slice() (spill) at escape_array_vs_slice.go:21:26
escape_array_vs_slice.go:21:26:     from ... argument (slice-literal-element) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:26:   flow: {heap} = {storage for ... argument}:
escape_array_vs_slice.go:21:26:     from ... argument (spill) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:26:     from fmt.Println(... argument...) (call parameter) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:17: arr() escapes to heap:
escape_array_vs_slice.go:21:17:   flow: {storage for ... argument} = &{storage for arr()}:
escape_array_vs_slice.go:21:17:     from arr() (spill) at escape_array_vs_slice.go:21:17
escape_array_vs_slice.go:21:17:     from ... argument (slice-literal-element) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:17:   flow: {heap} = {storage for ... argument}:
escape_array_vs_slice.go:21:17:     from ... argument (spill) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:17:     from fmt.Println(... argument...) (call parameter) at escape_array_vs_slice.go:21:13
escape_array_vs_slice.go:21:13: ... argument does not escape
escape_array_vs_slice.go:21:17: arr() escapes to heap
escape_array_vs_slice.go:21:26: slice() escapes to heap
escape_array_vs_slice.go:21:33: len(sliceOfArray()) escapes to heap
