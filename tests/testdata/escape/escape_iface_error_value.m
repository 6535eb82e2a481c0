escape_iface_error_value.go:10:7: e does not escape
escape_iface_error_value.go:10:51: ... argument does not escape
escape_iface_error_value.go:10:52: "code " escapes to heap
escape_iface_error_value.go:10:62: e.code escapes to heap
escape_iface_error_value.go:13:9: &MyErr{...} escapes to heap
escape_iface_error_value.go:21:13: ... argument does not escape
