seed_too_large_for_stack.go:6:6: buf escapes to heap:
seed_too_large_for_stack.go:6:6:   flow: {heap} = &buf:
seed_too_large_for_stack.go:6:6:     from buf (too large for stack) at seed_too_large_for_stack.go:6:6
seed_too_large_for_stack.go:6:6: moved to heap: buf
seed_too_large_for_stack.go:12:18: huge() escapes to heap:
seed_too_large_for_stack.go:12:18:   flow: {storage for ... argument} = &{storage for huge()}:
seed_too_large_for_stack.go:12:18:     from huge() (spill) at seed_too_large_for_stack.go:12:18
seed_too_large_for_stack.go:12:18:     from ... argument (slice-literal-element) at seed_too_large_for_stack.go:12:13
seed_too_large_for_stack.go:12:18:   flow: {heap} = {storage for ... argument}:
seed_too_large_for_stack.go:12:18:     from ... argument (spill) at seed_too_large_for_stack.go:12:13
seed_too_large_for_stack.go:12:18:     from fmt.Println(... argument...) (call parameter) at seed_too_large_for_stack.go:12:13
seed_too_large_for_stack.go:12:13: ... argument does not escape
seed_too_large_for_stack.go:12:18: huge() escapes to heap
