seed_append_reallocation.go:6:11: make([]int, 0, 2) escapes to heap:
seed_append_reallocation.go:6:11:   flow: s = &{storage for make([]int, 0, 2)}:
seed_append_reallocation.go:6:11:     from make([]int, 0, 2) (spill) at seed_append_reallocation.go:6:11
seed_append_reallocation.go:6:11:     from s := make([]int, 0, 2) (assign) at seed_append_reallocation.go:6:4
seed_append_reallocation.go:6:11:   flow: ~r0 = s:
seed_append_reallocation.go:6:11:     from return s (return) at seed_append_reallocation.go:10:2
seed_append_reallocation.go:6:11: make([]int, 0, 2) escapes to heap
seed_append_reallocation.go:14:18: grow() escapes to heap:
seed_append_reallocation.go:14:18:   flow: {storage for ... argument} = &{storage for grow()}:
seed_append_reallocation.go:14:18:     from grow() (spill) at seed_append_reallocation.go:14:18
seed_append_reallocation.go:14:18:     from ... argument (slice-literal-element) at seed_append_reallocation.go:14:13
seed_append_reallocation.go:14:18:   flow: {heap} = {storage for ... argument}:
seed_append_reallocation.go:14:18:     from ... argument (spill) at seed_append_reallocation.go:14:13
seed_append_reallocation.go:14:18:     from fmt.Println(... argument...) (call parameter) at seed_append_reallocation.go:14:13
seed_append_reallocation.go:14:13: ... argument does not escape
seed_append_reallocation.go:14:18: grow() escapes to heap
