escape_iface_assign_var.go:9:22: x does not escape
escape_iface_assign_var.go:12:2: y escapes to heap
escape_iface_assign_var.go:17:13: ... argument does not escape
