escape_multi_value_forward.go:6:5: b escapes to heap:
escape_multi_value_forward.go:6:5:   flow: ~r1 = &b:
escape_multi_value_forward.go:6:5:     from &b (address-of) at escape_multi_value_forward.go:7:13
escape_multi_value_forward.go:6:5:     from return &a, &b (return) at escape_multi_value_forward.go:7:2
escape_multi_value_forward.go:6:2: a escapes to heap:
escape_multi_value_forward.go:6:2:   flow: ~r0 = &a:
escape_multi_value_forward.go:6:2:     from &a (address-of) at escape_multi_value_forward.go:7:9
escape_multi_value_forward.go:6:2:     from return &a, &b (return) at escape_multi_value_forward.go:7:2
escape_multi_value_forward.go:6:2: moved to heap: a
escape_multi_value_forward.go:6:5: moved to heap: b
escape_multi_value_forward.go:10:11: p does not escape
escape_multi_value_forward.go:10:14: q does not escape
escape_multi_value_forward.go:20:30: *x * *y escapes to heap:
escape_multi_value_forward.go:20:30:   flow: {storage for ... argument} = &{storage for *x * *y}:
escape_multi_value_forward.go:20:30:     from *x * *y (spill) at escape_multi_value_forward.go:20:30
escape_multi_value_forward.go:20:30:     from ... argument (slice-literal-element) at escape_multi_value_forward.go:20:13
escape_multi_value_forward.go:20:30:   flow: {heap} = {storage for ... argument}:
escape_multi_value_forward.go:20:30:     from ... argument (spill) at escape_multi_value_forward.go:20:13
escape_multi_value_forward.go:20:30:     from fmt.Println(... argument...) (call parameter) at escape_multi_value_forward.go:20:13
escape_multi_value_forward.go:20:18: sum2(pair()) escapes to heap:
escape_multi_value_forward.go:20:18:   flow: {storage for ... argument} = &{storage for sum2(pair())}:
escape_multi_value_forward.go:20:18:     from sum2(pair()) (spill) at escape_multi_value_forward.go:20:18
escape_multi_value_forward.go:20:18:     from ... argument (slice-literal-element) at escape_multi_value_forward.go:20:13
escape_multi_value_forward.go:20:18:   flow: {heap} = {storage for ... argument}:
escape_multi_value_forward.go:20:18:     from ... argument (spill) at escape_multi_value_forward.go:20:13
escape_multi_value_forward.go:20:18:     from fmt.Println(... argument...) (call parameter) at escape_multi_value_forward.go:20:13
escape_multi_value_forward.go:20:13: ... argument does not escape
escape_multi_value_forward.go:20:18: sum2(pair()) escapes to heap
escape_multi_value_forward.go:20:30: *x * *y escapes to heap
