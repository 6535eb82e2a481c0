escape_call_result_method.go:7:30: &T{...} escapes to heap
escape_call_result_method.go:9:7: t does not escape
escape_call_result_method.go:16:13: ... argument does not escape
escape_call_result_method.go:16:25: (*T).get(.autotmp_0) escapes to heap
escape_call_result_method.go:16:44: T.double(.autotmp_1) escapes to heap
