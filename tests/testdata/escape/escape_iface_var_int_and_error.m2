escape_iface_var_int_and_error.go:10:7: e does not escape
escape_iface_var_int_and_error.go:16:16: &MyErr{...} escapes to heap:
escape_iface_var_int_and_error.go:16:16:   flow: e = &{storage for &MyErr{...}}:
escape_iface_var_int_and_error.go:16:16:     from &MyErr{...} (spill) at escape_iface_var_int_and_error.go:16:16
escape_iface_var_int_and_error.go:16:16:     from &MyErr{...} (interface-converted) at escape_iface_var_int_and_error.go:16:29
escape_iface_var_int_and_error.go:16:16:     from e = &MyErr{...} (assign) at escape_iface_var_int_and_error.go:16:6
escape_iface_var_int_and_error.go:16:16:   flow: ~r0 = e:
escape_iface_var_int_and_error.go:16:16:     from return e (return) at escape_iface_var_int_and_error.go:17:2
escape_iface_var_int_and_error.go:16:16: &MyErr{...} escapes to heap
escape_iface_var_int_and_error.go:21:6: 5 escapes to heap:
escape_iface_var_int_and_error.go:21:6:   flow: i = &{storage for 5}:
escape_iface_var_int_and_error.go:21:6:     from 5 (spill) at escape_iface_var_int_and_error.go:21:6
escape_iface_var_int_and_error.go:21:6:     from i = 5 (assign) at escape_iface_var_int_and_error.go:21:6
escape_iface_var_int_and_error.go:21:6:   flow: {storage for ... argument} = i:
escape_iface_var_int_and_error.go:21:6:     from ... argument (slice-literal-element) at escape_iface_var_int_and_error.go:22:13
escape_iface_var_int_and_error.go:21:6:   flow: {heap} = {storage for ... argument}:
escape_iface_var_int_and_error.go:21:6:     from ... argument (spill) at escape_iface_var_int_and_error.go:22:13
escape_iface_var_int_and_error.go:21:6:     from fmt.Println(... argument...) (call parameter) at escape_iface_var_int_and_error.go:22:13
escape_iface_var_int_and_error.go:21:6: 5 escapes to heap
escape_iface_var_int_and_error.go:22:13: ... argument does not escape
