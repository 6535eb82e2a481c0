escape_multi_value_println.go:10:13: ... argument does not escape
escape_multi_value_println.go:10:13: .autotmp_0 escapes to heap
escape_multi_value_println.go:10:13: .autotmp_1 escapes to heap
