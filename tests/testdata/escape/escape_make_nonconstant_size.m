escape_make_nonconstant_size.go:6:11: make([]int, n) escapes to heap
escape_make_nonconstant_size.go:11:13: ... argument does not escape
escape_make_nonconstant_size.go:11:21: varMake(3) escapes to heap
