escape_leak_param_result_level2.go:5:13: leaking param: ppp to result ~r0 level=2
escape_leak_param_result_level2.go:13:13: ... argument does not escape
escape_leak_param_result_level2.go:13:14: *deref2(&pp) escapes to heap
