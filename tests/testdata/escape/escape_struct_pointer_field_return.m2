escape_struct_pointer_field_return.go:8:2: x escapes to heap:
escape_struct_pointer_field_return.go:8:2:   flow: {heap} = &x:
escape_struct_pointer_field_return.go:8:2:     from &x (address-of) at escape_struct_pointer_field_return.go:10:8
escape_struct_pointer_field_return.go:8:2:     from p.p = &x (assign) at escape_struct_pointer_field_return.go:10:6
escape_struct_pointer_field_return.go:9:7: &P{} escapes to heap:
escape_struct_pointer_field_return.go:9:7:   flow: p = &{storage for &P{}}:
escape_struct_pointer_field_return.go:9:7:     from &P{} (spill) at escape_struct_pointer_field_return.go:9:7
escape_struct_pointer_field_return.go:9:7:     from p := &P{} (assign) at escape_struct_pointer_field_return.go:9:4
escape_struct_pointer_field_return.go:9:7:   flow: ~r0 = p:
escape_struct_pointer_field_return.go:9:7:     from return p (return) at escape_struct_pointer_field_return.go:11:2
escape_struct_pointer_field_return.go:8:2: moved to heap: x
escape_struct_pointer_field_return.go:9:7: &P{} escapes to heap
escape_struct_pointer_field_return.go:15:2: y escapes to heap:
escape_struct_pointer_field_return.go:15:2:   flow: ~r0 = &y:
escape_struct_pointer_field_return.go:15:2:     from &y (address-of) at escape_struct_pointer_field_return.go:16:11
escape_struct_pointer_field_return.go:15:2:     from P{...} (struct literal element) at escape_struct_pointer_field_return.go:16:10
escape_struct_pointer_field_return.go:15:2:     from return P{...} (return) at escape_struct_pointer_field_return.go:16:2
escape_struct_pointer_field_return.go:15:2: moved to heap: y
escape_struct_pointer_field_return.go:20:29: *wrap().p escapes to heap:
escape_struct_pointer_field_return.go:20:29:   flow: {storage for ... argument} = &{storage for *wrap().p}:
escape_struct_pointer_field_return.go:20:29:     from *wrap().p (spill) at escape_struct_pointer_field_return.go:20:29
escape_struct_pointer_field_return.go:20:29:     from ... argument (slice-literal-element) at escape_struct_pointer_field_return.go:20:13
escape_struct_pointer_field_return.go:20:29:   flow: {heap} = {storage for ... argument}:
escape_struct_pointer_field_return.go:20:29:     from ... argument (spill) at escape_struct_pointer_field_return.go:20:13
escape_struct_pointer_field_return.go:20:29:     from fmt.Println(... argument...) (call parameter) at escape_struct_pointer_field_return.go:20:13
escape_struct_pointer_field_return.go:20:14: *fieldEsc().p escapes to heap:
escape_struct_pointer_field_return.go:20:14:   flow: {storage for ... argument} = &{storage for *fieldEsc().p}:
escape_struct_pointer_field_return.go:20:14:     from *fieldEsc().p (spill) at escape_struct_pointer_field_return.go:20:14
escape_struct_pointer_field_return.go:20:14:     from ... argument (slice-literal-element) at escape_struct_pointer_field_return.go:20:13
escape_struct_pointer_field_return.go:20:14:   flow: {heap} = {storage for ... argument}:
escape_struct_pointer_field_return.go:20:14:     from ... argument (spill) at escape_struct_pointer_field_return.go:20:13
escape_struct_pointer_field_return.go:20:14:     from fmt.Println(... argument...) (call parameter) at escape_struct_pointer_field_return.go:20:13
escape_struct_pointer_field_return.go:20:13: ... argument does not escape
escape_struct_pointer_field_return.go:20:14: *fieldEsc().p escapes to heap
escape_struct_pointer_field_return.go:20:29: *wrap().p escapes to heap
