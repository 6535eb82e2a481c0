escape_leak_param_result_level0.go:5:9: leaking param: p to result ~r0 level=0
escape_leak_param_result_level0.go:11:13: ... argument does not escape
escape_leak_param_result_level0.go:11:14: *id(&x) escapes to heap
