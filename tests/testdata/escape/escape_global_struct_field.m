escape_global_struct_field.go:13:2: moved to heap: n
escape_global_struct_field.go:19:13: ... argument does not escape
escape_global_struct_field.go:19:23: head.next.val escapes to heap
