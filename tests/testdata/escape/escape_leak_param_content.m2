escape_leak_param_content.go:7:18: parameter pp leaks to {heap} with derefs=1:
escape_leak_param_content.go:7:18:   flow: {heap} = *pp:
escape_leak_param_content.go:7:18:     from *pp (indirection) at escape_leak_param_content.go:8:6
escape_leak_param_content.go:7:18:     from g = *pp (assign) at escape_leak_param_content.go:8:4
escape_leak_param_content.go:7:18: leaking param content: pp
escape_leak_param_content.go:15:14: *g escapes to heap:
escape_leak_param_content.go:15:14:   flow: {storage for ... argument} = &{storage for *g}:
escape_leak_param_content.go:15:14:     from *g (spill) at escape_leak_param_content.go:15:14
escape_leak_param_content.go:15:14:     from ... argument (slice-literal-element) at escape_leak_param_content.go:15:13
escape_leak_param_content.go:15:14:   flow: {heap} = {storage for ... argument}:
escape_leak_param_content.go:15:14:     from ... argument (spill) at escape_leak_param_content.go:15:13
escape_leak_param_content.go:15:14:     from fmt.Println(... argument...) (call parameter) at escape_leak_param_content.go:15:13
escape_leak_param_content.go:12:2: x escapes to heap:
escape_leak_param_content.go:12:2:   flow: p = &x:
escape_leak_param_content.go:12:2:     from &x (address-of) at escape_leak_param_content.go:13:7
escape_leak_param_content.go:12:2:     from p := &x (assign) at escape_leak_param_content.go:13:4
escape_leak_param_content.go:12:2:   flow: {heap} = p:
escape_leak_param_content.go:12:2:     from &p (address-of) at escape_leak_param_content.go:14:14
escape_leak_param_content.go:12:2:     from leakContent(&p) (call parameter) at escape_leak_param_content.go:14:13
escape_leak_param_content.go:12:2: moved to heap: x
escape_leak_param_content.go:15:13: ... argument does not escape
escape_leak_param_content.go:15:14: *g escapes to heap
