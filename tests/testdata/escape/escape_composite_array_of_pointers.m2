escape_composite_array_of_pointers.go:12:5: d escapes to heap:
escape_composite_array_of_pointers.go:12:5:   flow: ~r0 = &d:
escape_composite_array_of_pointers.go:12:5:     from &d (address-of) at escape_composite_array_of_pointers.go:13:21
escape_composite_array_of_pointers.go:12:5:     from [2]*int{...} (array literal element) at escape_composite_array_of_pointers.go:13:16
escape_composite_array_of_pointers.go:12:5:     from return [2]*int{...} (return) at escape_composite_array_of_pointers.go:13:2
escape_composite_array_of_pointers.go:12:2: c escapes to heap:
escape_composite_array_of_pointers.go:12:2:   flow: ~r0 = &c:
escape_composite_array_of_pointers.go:12:2:     from &c (address-of) at escape_composite_array_of_pointers.go:13:17
escape_composite_array_of_pointers.go:12:2:     from [2]*int{...} (array literal element) at escape_composite_array_of_pointers.go:13:16
escape_composite_array_of_pointers.go:12:2:     from return [2]*int{...} (return) at escape_composite_array_of_pointers.go:13:2
escape_composite_array_of_pointers.go:12:2: moved to heap: c
escape_composite_array_of_pointers.go:12:5: moved to heap: d
escape_composite_array_of_pointers.go:18:28: *r[0] + *r[1] escapes to heap:
escape_composite_array_of_pointers.go:18:28:   flow: {storage for ... argument} = &{storage for *r[0] + *r[1]}:
escape_composite_array_of_pointers.go:18:28:     from *r[0] + *r[1] (spill) at escape_composite_array_of_pointers.go:18:28
escape_composite_array_of_pointers.go:18:28:     from ... argument (slice-literal-element) at escape_composite_array_of_pointers.go:18:13
escape_composite_array_of_pointers.go:18:28:   flow: {heap} = {storage for ... argument}:
escape_composite_array_of_pointers.go:18:28:     from ... argument (spill) at escape_composite_array_of_pointers.go:18:13
escape_composite_array_of_pointers.go:18:28:     from fmt.Println(... argument...) (call parameter) at escape_composite_array_of_pointers.go:18:13
escape_composite_array_of_pointers.go:18:19: local() escapes to heap:
escape_composite_array_of_pointers.go:18:19:   flow: {storage for ... argument} = &{storage for local()}:
escape_composite_array_of_pointers.go:18:19:     from local() (spill) at escape_composite_array_of_pointers.go:18:19
escape_composite_array_of_pointers.go:18:19:     from ... argument (slice-literal-element) at escape_composite_array_of_pointers.go:18:13
escape_composite_array_of_pointers.go:18:19:   flow: {heap} = {storage for ... argument}:
escape_composite_array_of_pointers.go:18:19:     from ... argument (spill) at escape_composite_array_of_pointers.go:18:13
escape_composite_array_of_pointers.go:18:19:     from fmt.Println(... argument...) (call parameter) at escape_composite_array_of_pointers.go:18:13
escape_composite_array_of_pointers.go:18:13: ... argument does not escape
escape_composite_array_of_pointers.go:18:19: local() escapes to heap
escape_composite_array_of_pointers.go:18:28: *r[0] + *r[1] escapes to heap
