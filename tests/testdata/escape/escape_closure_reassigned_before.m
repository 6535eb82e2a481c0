escape_closure_reassigned_before.go:8:7: func literal escapes to heap
escape_closure_reassigned_before.go:13:13: ... argument does not escape
escape_closure_reassigned_before.go:13:22: .autotmp_0() escapes to heap
