escape_iface_error_value.go:10:62: e.code escapes to heap:
escape_iface_error_value.go:10:62:   flow: {storage for ... argument} = &{storage for e.code}:
escape_iface_error_value.go:10:62:     from e.code (spill) at escape_iface_error_value.go:10:62
escape_iface_error_value.go:10:62:     from ... argument (slice-literal-element) at escape_iface_error_value.go:10:51
escape_iface_error_value.go:10:62:   flow: {heap} = {storage for ... argument}:
escape_iface_error_value.go:10:62:     from ... argument (spill) at escape_iface_error_value.go:10:51
escape_iface_error_value.go:10:62:     from fmt.Sprint(... argument...) (call parameter) at escape_iface_error_value.go:10:51
escape_iface_error_value.go:10:52: "code " escapes to heap:
escape_iface_error_value.go:10:52:   flow: {storage for ... argument} = &{storage for "code "}:
escape_iface_error_value.go:10:52:     from "code " (spill) at escape_iface_error_value.go:10:52
escape_iface_error_value.go:10:52:     from ... argument (slice-literal-element) at escape_iface_error_value.go:10:51
escape_iface_error_value.go:10:52:   flow: {heap} = {storage for ... argument}:
escape_iface_error_value.go:10:52:     from ... argument (spill) at escape_iface_error_value.go:10:51
escape_iface_error_value.go:10:52:     from fmt.Sprint(... argument...) (call parameter) at escape_iface_error_value.go:10:51
escape_iface_error_value.go:10:7: e does not escape
escape_iface_error_value.go:10:51: ... argument does not escape
escape_iface_error_value.go:10:52: "code " escapes to heap
escape_iface_error_value.go:10:62: e.code escapes to heap
escape_iface_error_value.go:13:9: &MyErr{...} escapes to heap:
escape_iface_error_value.go:13:9:   flow: ~r0 = &{storage for &MyErr{...}}:
escape_iface_error_value.go:13:9:     from &MyErr{...} (spill) at escape_iface_error_value.go:13:9
escape_iface_error_value.go:13:9:     from &MyErr{...} (interface-converted) at escape_iface_error_value.go:13:9
escape_iface_error_value.go:13:9:     from return &MyErr{...} (return) at escape_iface_error_value.go:13:2
escape_iface_error_value.go:13:9: &MyErr{...} escapes to heap
escape_iface_error_value.go:21:13: ... argument does not escape
