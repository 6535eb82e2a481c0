escape_make_local_n_ten.go:7:11: make([]int, n) escapes to heap
escape_make_local_n_ten.go:12:13: ... argument does not escape
escape_make_local_n_ten.go:12:21: tenMake() escapes to heap
