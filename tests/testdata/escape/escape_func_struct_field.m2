escape_func_struct_field.go:10:12: o does not escape
escape_func_struct_field.go:16:2: main capturing by value: scale (addr=false assign=false width=8)
escape_func_struct_field.go:19:29: apply(mul, 2, 3) escapes to heap:
escape_func_struct_field.go:19:29:   flow: {storage for ... argument} = &{storage for apply(mul, 2, 3)}:
escape_func_struct_field.go:19:29:     from apply(mul, 2, 3) (spill) at escape_func_struct_field.go:19:29
escape_func_struct_field.go:19:29:     from ... argument (slice-literal-element) at escape_func_struct_field.go:19:13
escape_func_struct_field.go:19:29:   flow: {heap} = {storage for ... argument}:
escape_func_struct_field.go:19:29:     from ... argument (spill) at escape_func_struct_field.go:19:13
escape_func_struct_field.go:19:29:     from fmt.Println(... argument...) (call parameter) at escape_func_struct_field.go:19:13
escape_func_struct_field.go:19:17: mul.name escapes to heap:
escape_func_struct_field.go:19:17:   flow: {storage for ... argument} = &{storage for mul.name}:
escape_func_struct_field.go:19:17:     from mul.name (spill) at escape_func_struct_field.go:19:17
escape_func_struct_field.go:19:17:     from ... argument (slice-literal-element) at escape_func_struct_field.go:19:13
escape_func_struct_field.go:19:17:   flow: {heap} = {storage for ... argument}:
escape_func_struct_field.go:19:17:     from ... argument (spill) at escape_func_struct_field.go:19:13
escape_func_struct_field.go:19:17:     from fmt.Println(... argument...) (call parameter) at escape_func_struct_field.go:19:13
escape_func_struct_field.go:18:30: add.fn(2, 3) escapes to heap:
escape_func_struct_field.go:18:30:   flow: {storage for ... argument} = &{storage for add.fn(2, 3)}:
escape_func_struct_field.go:18:30:     from add.fn(2, 3) (spill) at escape_func_struct_field.go:18:30
escape_func_struct_field.go:18:30:     from ... argument (slice-literal-element) at escape_func_struct_field.go:18:13
escape_func_struct_field.go:18:30:   flow: {heap} = {storage for ... argument}:
escape_func_struct_field.go:18:30:     from ... argument (spill) at escape_func_struct_field.go:18:13
escape_func_struct_field.go:18:30:     from fmt.Println(... argument...) (call parameter) at escape_func_struct_field.go:18:13
escape_func_struct_field.go:18:17: add.name escapes to heap:
escape_func_struct_field.go:18:17:   flow: {storage for ... argument} = &{storage for add.name}:
escape_func_struct_field.go:18:17:     from add.name (spill) at escape_func_struct_field.go:18:17
escape_func_struct_field.go:18:17:     from ... argument (slice-literal-element) at escape_func_struct_field.go:18:13
escape_func_struct_field.go:18:17:   flow: {heap} = {storage for ... argument}:
escape_func_struct_field.go:18:17:     from ... argument (spill) at escape_func_struct_field.go:18:13
escape_func_struct_field.go:18:17:     from fmt.Println(... argument...) (call parameter) at escape_func_struct_field.go:18:13
escape_func_struct_field.go:17:30: func literal escapes to heap:
escape_func_struct_field.go:17:30:   flow: {storage for &Op{...}} = &{storage for func literal}:
escape_func_struct_field.go:17:30:     from func literal (spill) at escape_func_struct_field.go:17:30
escape_func_struct_field.go:17:30:     from Op{...} (struct literal element) at escape_func_struct_field.go:17:12
escape_func_struct_field.go:17:30:   flow: mul = &{storage for &Op{...}}:
escape_func_struct_field.go:17:30:     from &Op{...} (spill) at escape_func_struct_field.go:17:9
escape_func_struct_field.go:17:30:     from mul := &Op{...} (assign) at escape_func_struct_field.go:17:6
escape_func_struct_field.go:17:30:   flow: {storage for mul.name} = *mul:
escape_func_struct_field.go:17:30:     from mul.name (dot of pointer) at escape_func_struct_field.go:19:17
escape_func_struct_field.go:17:30:     from mul.name (interface-converted) at escape_func_struct_field.go:19:17
escape_func_struct_field.go:15:29: func literal escapes to heap:
escape_func_struct_field.go:15:29:   flow: add = &{storage for func literal}:
escape_func_struct_field.go:15:29:     from func literal (spill) at escape_func_struct_field.go:15:29
escape_func_struct_field.go:15:29:     from Op{...} (struct literal element) at escape_func_struct_field.go:15:11
escape_func_struct_field.go:15:29:     from add := Op{...} (assign) at escape_func_struct_field.go:15:6
escape_func_struct_field.go:15:29:   flow: {storage for add.name} = add:
escape_func_struct_field.go:15:29:     from add.name (dot) at escape_func_struct_field.go:18:17
escape_func_struct_field.go:15:29:     from add.name (interface-converted) at escape_func_struct_field.go:18:17
escape_func_struct_field.go:15:29: func literal escapes to heap
escape_func_struct_field.go:17:9: &Op{...} does not escape
escape_func_struct_field.go:17:30: func literal escapes to heap
escape_func_struct_field.go:18:13: ... argument does not escape
escape_func_struct_field.go:18:17: add.name escapes to heap
escape_func_struct_field.go:18:30: add.fn(2, 3) escapes to heap
escape_func_struct_field.go:19:13: ... argument does not escape
escape_func_struct_field.go:19:17: mul.name escapes to heap
escape_func_struct_field.go:19:29: apply(mul, 2, 3) escapes to heap
