escape_leak_param_heap.go:7:11: parameter p leaks to {heap} with derefs=0:
escape_leak_param_heap.go:7:11:   flow: {heap} = p:
escape_leak_param_heap.go:7:11:     from g = p (assign) at escape_leak_param_heap.go:8:4
escape_leak_param_heap.go:7:11: leaking param: p
escape_leak_param_heap.go:12:2: x escapes to heap:
escape_leak_param_heap.go:12:2:   flow: {heap} = &x:
escape_leak_param_heap.go:12:2:     from &x (address-of) at escape_leak_param_heap.go:13:7
escape_leak_param_heap.go:12:2:     from leak(&x) (call parameter) at escape_leak_param_heap.go:13:6
escape_leak_param_heap.go:14:14: *g escapes to heap:
escape_leak_param_heap.go:14:14:   flow: {storage for ... argument} = &{storage for *g}:
escape_leak_param_heap.go:14:14:     from *g (spill) at escape_leak_param_heap.go:14:14
escape_leak_param_heap.go:14:14:     from ... argument (slice-literal-element) at escape_leak_param_heap.go:14:13
escape_leak_param_heap.go:14:14:   flow: {heap} = {storage for ... argument}:
escape_leak_param_heap.go:14:14:     from ... argument (spill) at escape_leak_param_heap.go:14:13
escape_leak_param_heap.go:14:14:     from fmt.Println(... argument...) (call parameter) at escape_leak_param_heap.go:14:13
escape_leak_param_heap.go:12:2: moved to heap: x
escape_leak_param_heap.go:14:13: ... argument does not escape
escape_leak_param_heap.go:14:14: *g escapes to heap
