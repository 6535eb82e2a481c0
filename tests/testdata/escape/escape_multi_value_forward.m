escape_multi_value_forward.go:6:2: moved to heap: a
escape_multi_value_forward.go:6:5: moved to heap: b
escape_multi_value_forward.go:10:11: p does not escape
escape_multi_value_forward.go:10:14: q does not escape
escape_multi_value_forward.go:20:13: ... argument does not escape
escape_multi_value_forward.go:20:18: sum2(pair()) escapes to heap
escape_multi_value_forward.go:20:30: *x * *y escapes to heap
