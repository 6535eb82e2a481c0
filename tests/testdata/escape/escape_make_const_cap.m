escape_make_const_cap.go:6:11: make([]int, n, 10) does not escape
escape_make_const_cap.go:11:13: ... argument does not escape
escape_make_const_cap.go:11:22: capConst(4) escapes to heap
