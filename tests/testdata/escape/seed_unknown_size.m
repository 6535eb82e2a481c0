seed_unknown_size.go:6:11: make([]byte, n) escapes to heap
seed_unknown_size.go:11:13: ... argument does not escape
seed_unknown_size.go:11:21: unknown(14) escapes to heap
