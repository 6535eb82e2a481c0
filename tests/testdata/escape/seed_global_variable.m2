seed_global_variable.go:8:2: x escapes to heap:
seed_global_variable.go:8:2:   flow: {heap} = &x:
seed_global_variable.go:8:2:     from &x (address-of) at seed_global_variable.go:9:7
seed_global_variable.go:8:2:     from gp = &x (assign) at seed_global_variable.go:9:5
seed_global_variable.go:8:2: moved to heap: x
seed_global_variable.go:14:14: *gp escapes to heap:
seed_global_variable.go:14:14:   flow: {storage for ... argument} = &{storage for *gp}:
seed_global_variable.go:14:14:     from *gp (spill) at seed_global_variable.go:14:14
seed_global_variable.go:14:14:     from ... argument (slice-literal-element) at seed_global_variable.go:14:13
seed_global_variable.go:14:14:   flow: {heap} = {storage for ... argument}:
seed_global_variable.go:14:14:     from ... argument (spill) at seed_global_variable.go:14:13
seed_global_variable.go:14:14:     from fmt.Println(... argument...) (call parameter) at seed_global_variable.go:14:13
seed_global_variable.go:14:13: ... argument does not escape
seed_global_variable.go:14:14: *gp escapes to heap
