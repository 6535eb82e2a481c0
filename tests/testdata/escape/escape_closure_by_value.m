escape_closure_by_value.go:7:9: func literal escapes to heap
escape_closure_by_value.go:11:13: ... argument does not escape
escape_closure_by_value.go:11:21: .autotmp_0() escapes to heap
