escape_method_value.go:7:7: t does not escape
escape_method_value.go:10:7: &T{...} escapes to heap
escape_method_value.go:11:10: t.Get escapes to heap
escape_method_value.go:15:13: ... argument does not escape
escape_method_value.go:15:21: .autotmp_0() escapes to heap
