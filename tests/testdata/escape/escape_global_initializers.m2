escape_global_initializers.go:13:2: x escapes to heap:
escape_global_initializers.go:13:2:   flow: {heap} = &x:
escape_global_initializers.go:13:2:     from &x (address-of) at escape_global_initializers.go:14:11
escape_global_initializers.go:13:2:     from m["x"] = &x (assign) at escape_global_initializers.go:14:9
escape_global_initializers.go:15:32: f() escapes to heap:
escape_global_initializers.go:15:32:   flow: {storage for ... argument} = &{storage for f()}:
escape_global_initializers.go:15:32:     from f() (spill) at escape_global_initializers.go:15:32
escape_global_initializers.go:15:32:     from ... argument (slice-literal-element) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:32:   flow: {heap} = {storage for ... argument}:
escape_global_initializers.go:15:32:     from ... argument (spill) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:32:     from fmt.Println(... argument...) (call parameter) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:27: p.n escapes to heap:
escape_global_initializers.go:15:27:   flow: {storage for ... argument} = &{storage for p.n}:
escape_global_initializers.go:15:27:     from p.n (spill) at escape_global_initializers.go:15:27
escape_global_initializers.go:15:27:     from ... argument (slice-literal-element) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:27:   flow: {heap} = {storage for ... argument}:
escape_global_initializers.go:15:27:     from ... argument (spill) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:27:     from fmt.Println(... argument...) (call parameter) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:14: s escapes to heap:
escape_global_initializers.go:15:14:   flow: {storage for ... argument} = &{storage for s}:
escape_global_initializers.go:15:14:     from s (spill) at escape_global_initializers.go:15:14
escape_global_initializers.go:15:14:     from ... argument (slice-literal-element) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:14:   flow: {heap} = {storage for ... argument}:
escape_global_initializers.go:15:14:     from ... argument (spill) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:14:     from fmt.Println(... argument...) (call parameter) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:14: *m["x"] escapes to heap:
escape_global_initializers.go:15:14:   flow: {storage for ... argument} = &{storage for *m["x"]}:
escape_global_initializers.go:15:14:     from *m["x"] (spill) at escape_global_initializers.go:15:14
escape_global_initializers.go:15:14:     from ... argument (slice-literal-element) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:14:   flow: {heap} = {storage for ... argument}:
escape_global_initializers.go:15:14:     from ... argument (spill) at escape_global_initializers.go:15:13
escape_global_initializers.go:15:14:     from fmt.Println(... argument...) (call parameter) at escape_global_initializers.go:15:13
escape_global_initializers.go:13:2: moved to heap: x
escape_global_initializers.go:15:13: ... argument does not escape
escape_global_initializers.go:15:14: *m["x"] escapes to heap
escape_global_initializers.go:15:14: s escapes to heap
escape_global_initializers.go:15:27: p.n escapes to heap
escape_global_initializers.go:15:32: f() escapes to heap
escape_global_initializers.go:7:24: map[string]*int{} escapes to heap:
escape_global_initializers.go:7:24:   flow: {heap} = &{storage for map[string]*int{}}:
escape_global_initializers.go:7:24:     from map[string]*int{} (spill) at escape_global_initializers.go:7:24
escape_global_initializers.go:7:24:     from m = map[string]*int{} (assign) at escape_global_initializers.go:7:5
escape_global_initializers.go:7:24: map[string]*int{} escapes to heap
