escape_closure_reassigned_after.go:6:2: moved to heap: x
escape_closure_reassigned_after.go:7:7: func literal escapes to heap
escape_closure_reassigned_after.go:13:13: ... argument does not escape
escape_closure_reassigned_after.go:13:21: .autotmp_0() escapes to heap
