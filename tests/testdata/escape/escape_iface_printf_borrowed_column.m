escape_iface_printf_borrowed_column.go:6:12: ... argument does not escape
escape_iface_printf_borrowed_column.go:6:13: a escapes to heap
escape_iface_printf_borrowed_column.go:6:13: b escapes to heap
escape_iface_printf_borrowed_column.go:7:13: ... argument does not escape
escape_iface_printf_borrowed_column.go:7:13: a escapes to heap
escape_iface_printf_borrowed_column.go:7:13: b escapes to heap
