escape_iface_return.go:6:9: n escapes to heap
escape_iface_return.go:10:13: ... argument does not escape
