escape_leak_param_result_level1.go:5:12: leaking param: pp to result ~r0 level=1
escape_leak_param_result_level1.go:12:13: ... argument does not escape
escape_leak_param_result_level1.go:12:14: *deref(&p) escapes to heap
