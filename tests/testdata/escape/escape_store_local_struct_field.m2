escape_store_local_struct_field.go:15:19: local() escapes to heap:
escape_store_local_struct_field.go:15:19:   flow: {storage for ... argument} = &{storage for local()}:
escape_store_local_struct_field.go:15:19:     from local() (spill) at escape_store_local_struct_field.go:15:19
escape_store_local_struct_field.go:15:19:     from ... argument (slice-literal-element) at escape_store_local_struct_field.go:15:13
escape_store_local_struct_field.go:15:19:   flow: {heap} = {storage for ... argument}:
escape_store_local_struct_field.go:15:19:     from ... argument (spill) at escape_store_local_struct_field.go:15:13
escape_store_local_struct_field.go:15:19:     from fmt.Println(... argument...) (call parameter) at escape_store_local_struct_field.go:15:13
escape_store_local_struct_field.go:15:13: ... argument does not escape
escape_store_local_struct_field.go:15:19: local() escapes to heap
