escape_recursive_pointer_param.go:5:18: acc does not escape
escape_recursive_pointer_param.go:16:13: ... argument does not escape
escape_recursive_pointer_param.go:16:13: r escapes to heap
