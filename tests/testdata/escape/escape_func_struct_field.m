escape_func_struct_field.go:10:12: o does not escape
escape_func_struct_field.go:15:29: func literal escapes to heap
escape_func_struct_field.go:17:9: &Op{...} does not escape
escape_func_struct_field.go:17:30: func literal escapes to heap
escape_func_struct_field.go:18:13: ... argument does not escape
escape_func_struct_field.go:18:17: add.name escapes to heap
escape_func_struct_field.go:18:30: add.fn(2, 3) escapes to heap
escape_func_struct_field.go:19:13: ... argument does not escape
escape_func_struct_field.go:19:17: mul.name escapes to heap
escape_func_struct_field.go:19:29: apply(mul, 2, 3) escapes to heap
