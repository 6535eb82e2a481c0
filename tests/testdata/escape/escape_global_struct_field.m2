escape_global_struct_field.go:13:2: n escapes to heap:
escape_global_struct_field.go:13:2:   flow: {heap} = &n:
escape_global_struct_field.go:13:2:     from &n (address-of) at escape_global_struct_field.go:14:14
escape_global_struct_field.go:13:2:     from head.next = &n (assign) at escape_global_struct_field.go:14:12
escape_global_struct_field.go:13:2: moved to heap: n
escape_global_struct_field.go:19:23: head.next.val escapes to heap:
escape_global_struct_field.go:19:23:   flow: {storage for ... argument} = &{storage for head.next.val}:
escape_global_struct_field.go:19:23:     from head.next.val (spill) at escape_global_struct_field.go:19:23
escape_global_struct_field.go:19:23:     from ... argument (slice-literal-element) at escape_global_struct_field.go:19:13
escape_global_struct_field.go:19:23:   flow: {heap} = {storage for ... argument}:
escape_global_struct_field.go:19:23:     from ... argument (spill) at escape_global_struct_field.go:19:13
escape_global_struct_field.go:19:23:     from fmt.Println(... argument...) (call parameter) at escape_global_struct_field.go:19:13
escape_global_struct_field.go:19:13: ... argument does not escape
escape_global_struct_field.go:19:23: head.next.val escapes to heap
