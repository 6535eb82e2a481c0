escape_struct_pointer_field_return.go:8:2: moved to heap: x
escape_struct_pointer_field_return.go:9:7: &P{} escapes to heap
escape_struct_pointer_field_return.go:15:2: moved to heap: y
escape_struct_pointer_field_return.go:20:13: ... argument does not escape
escape_struct_pointer_field_return.go:20:14: *fieldEsc().p escapes to heap
escape_struct_pointer_field_return.go:20:29: *wrap().p escapes to heap
