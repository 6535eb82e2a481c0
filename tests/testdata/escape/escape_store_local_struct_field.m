escape_store_local_struct_field.go:15:13: ... argument does not escape
escape_store_local_struct_field.go:15:19: local() escapes to heap
