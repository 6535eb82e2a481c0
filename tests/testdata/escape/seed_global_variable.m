seed_global_variable.go:8:2: moved to heap: x
seed_global_variable.go:14:13: ... argument does not escape
seed_global_variable.go:14:14: *gp escapes to heap
