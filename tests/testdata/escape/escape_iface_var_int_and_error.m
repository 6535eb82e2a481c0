escape_iface_var_int_and_error.go:10:7: e does not escape
escape_iface_var_int_and_error.go:16:16: &MyErr{...} escapes to heap
escape_iface_var_int_and_error.go:21:6: 5 escapes to heap
escape_iface_var_int_and_error.go:22:13: ... argument does not escape
