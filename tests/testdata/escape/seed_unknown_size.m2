seed_unknown_size.go:6:11: make([]byte, n) escapes to heap:
seed_unknown_size.go:6:11:   flow: {heap} = &{storage for make([]byte, n)}:
seed_unknown_size.go:6:11:     from make([]byte, n) (non-constant size) at seed_unknown_size.go:6:11
seed_unknown_size.go:6:11: make([]byte, n) escapes to heap
seed_unknown_size.go:11:21: unknown(14) escapes to heap:
seed_unknown_size.go:11:21:   flow: {storage for ... argument} = &{storage for unknown(14)}:
seed_unknown_size.go:11:21:     from unknown(14) (spill) at seed_unknown_size.go:11:21
seed_unknown_size.go:11:21:     from ... argument (slice-literal-element) at seed_unknown_size.go:11:13
seed_unknown_size.go:11:21:   flow: {heap} = {storage for ... argument}:
seed_unknown_size.go:11:21:     from ... argument (spill) at seed_unknown_size.go:11:13
seed_unknown_size.go:11:21:     from fmt.Println(... argument...) (call parameter) at seed_unknown_size.go:11:13
seed_unknown_size.go:11:13: ... argument does not escape
seed_unknown_size.go:11:21: unknown(14) escapes to heap
