escape_iface_printf_borrowed_column.go:7:13: b escapes to heap:
escape_iface_printf_borrowed_column.go:7:13:   flow: {storage for ... argument} = &{storage for b}:
escape_iface_printf_borrowed_column.go:7:13:     from b (spill) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:7:13:     from ... argument (slice-literal-element) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:7:13:   flow: {heap} = {storage for ... argument}:
escape_iface_printf_borrowed_column.go:7:13:     from ... argument (spill) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:7:13:     from fmt.Println(... argument...) (call parameter) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:7:13: a escapes to heap:
escape_iface_printf_borrowed_column.go:7:13:   flow: {storage for ... argument} = &{storage for a}:
escape_iface_printf_borrowed_column.go:7:13:     from a (spill) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:7:13:     from ... argument (slice-literal-element) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:7:13:   flow: {heap} = {storage for ... argument}:
escape_iface_printf_borrowed_column.go:7:13:     from ... argument (spill) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:7:13:     from fmt.Println(... argument...) (call parameter) at escape_iface_printf_borrowed_column.go:7:13
escape_iface_printf_borrowed_column.go:6:13: b escapes to heap:
escape_iface_printf_borrowed_column.go:6:13:   flow: {storage for ... argument} = &{storage for b}:
escape_iface_printf_borrowed_column.go:6:13:     from b (spill) at escape_iface_printf_borrowed_column.go:6:13
escape_iface_printf_borrowed_column.go:6:13:     from ... argument (slice-literal-element) at escape_iface_printf_borrowed_column.go:6:12
escape_iface_printf_borrowed_column.go:6:13:   flow: {heap} = {storage for ... argument}:
escape_iface_printf_borrowed_column.go:6:13:     from ... argument (spill) at escape_iface_printf_borrowed_column.go:6:12
escape_iface_printf_borrowed_column.go:6:13:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at escape_iface_printf_borrowed_column.go:6:12
escape_iface_printf_borrowed_column.go:6:13: a escapes to heap:
escape_iface_printf_borrowed_column.go:6:13:   flow: {storage for ... argument} = &{storage for a}:
escape_iface_printf_borrowed_column.go:6:13:     from a (spill) at escape_iface_printf_borrowed_column.go:6:13
escape_iface_printf_borrowed_column.go:6:13:     from ... argument (slice-literal-element) at escape_iface_printf_borrowed_column.go:6:12
escape_iface_printf_borrowed_column.go:6:13:   flow: {heap} = {storage for ... argument}:
escape_iface_printf_borrowed_column.go:6:13:     from ... argument (spill) at escape_iface_printf_borrowed_column.go:6:12
escape_iface_printf_borrowed_column.go:6:13:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at escape_iface_printf_borrowed_column.go:6:12
escape_iface_printf_borrowed_column.go:6:12: ... argument does not escape
escape_iface_printf_borrowed_column.go:6:13: a escapes to heap
escape_iface_printf_borrowed_column.go:6:13: b escapes to heap
escape_iface_printf_borrowed_column.go:7:13: ... argument does not escape
escape_iface_printf_borrowed_column.go:7:13: a escapes to heap
escape_iface_printf_borrowed_column.go:7:13: b escapes to heap
