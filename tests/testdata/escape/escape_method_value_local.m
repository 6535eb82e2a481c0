escape_method_value_local.go:11:8: t.Get does not escape
escape_method_value_local.go:16:13: ... argument does not escape
escape_method_value_local.go:16:19: local() escapes to heap
