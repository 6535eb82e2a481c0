escape_make_const_named.go:8:11: make([]int, N) does not escape
escape_make_const_named.go:13:13: ... argument does not escape
escape_make_const_named.go:13:23: constMake() escapes to heap
