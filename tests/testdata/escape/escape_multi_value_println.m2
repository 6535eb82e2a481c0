escape_multi_value_println.go:10:13: .autotmp_1 escapes to heap:
escape_multi_value_println.go:10:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
escape_multi_value_println.go:10:13:     from .autotmp_1 (spill) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13:     from ... argument (slice-literal-element) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13:   flow: {heap} = {storage for ... argument}:
escape_multi_value_println.go:10:13:     from ... argument (spill) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13:     from fmt.Println(divmod(7, 2)) (call parameter) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13: .autotmp_0 escapes to heap:
escape_multi_value_println.go:10:13:   flow: {storage for ... argument} = &{storage for .autotmp_0}:
escape_multi_value_println.go:10:13:     from .autotmp_0 (spill) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13:     from ... argument (slice-literal-element) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13:   flow: {heap} = {storage for ... argument}:
escape_multi_value_println.go:10:13:     from ... argument (spill) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13:     from fmt.Println(divmod(7, 2)) (call parameter) at escape_multi_value_println.go:10:13
escape_multi_value_println.go:10:13: ... argument does not escape
escape_multi_value_println.go:10:13: .autotmp_0 escapes to heap
escape_multi_value_println.go:10:13: .autotmp_1 escapes to heap
