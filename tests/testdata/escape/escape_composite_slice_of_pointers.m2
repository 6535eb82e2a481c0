escape_composite_slice_of_pointers.go:7:13: []*int{...} does not escape
escape_composite_slice_of_pointers.go:13:15: []*int{...} escapes to heap:
escape_composite_slice_of_pointers.go:13:15:   flow: ~r0 = &{storage for []*int{...}}:
escape_composite_slice_of_pointers.go:13:15:     from []*int{...} (spill) at escape_composite_slice_of_pointers.go:13:15
escape_composite_slice_of_pointers.go:13:15:     from return []*int{...} (return) at escape_composite_slice_of_pointers.go:13:2
escape_composite_slice_of_pointers.go:12:2: y escapes to heap:
escape_composite_slice_of_pointers.go:12:2:   flow: {storage for []*int{...}} = &y:
escape_composite_slice_of_pointers.go:12:2:     from &y (address-of) at escape_composite_slice_of_pointers.go:13:16
escape_composite_slice_of_pointers.go:12:2:     from []*int{...} (slice-literal-element) at escape_composite_slice_of_pointers.go:13:15
escape_composite_slice_of_pointers.go:12:2: moved to heap: y
escape_composite_slice_of_pointers.go:13:15: []*int{...} escapes to heap
escape_composite_slice_of_pointers.go:17:21: *litReturned()[0] escapes to heap:
escape_composite_slice_of_pointers.go:17:21:   flow: {storage for ... argument} = &{storage for *litReturned()[0]}:
escape_composite_slice_of_pointers.go:17:21:     from *litReturned()[0] (spill) at escape_composite_slice_of_pointers.go:17:21
escape_composite_slice_of_pointers.go:17:21:     from ... argument (slice-literal-element) at escape_composite_slice_of_pointers.go:17:13
escape_composite_slice_of_pointers.go:17:21:   flow: {heap} = {storage for ... argument}:
escape_composite_slice_of_pointers.go:17:21:     from ... argument (spill) at escape_composite_slice_of_pointers.go:17:13
escape_composite_slice_of_pointers.go:17:21:     from fmt.Println(... argument...) (call parameter) at escape_composite_slice_of_pointers.go:17:13
escape_composite_slice_of_pointers.go:17:17: lit() escapes to heap:
escape_composite_slice_of_pointers.go:17:17:   flow: {storage for ... argument} = &{storage for lit()}:
escape_composite_slice_of_pointers.go:17:17:     from lit() (spill) at escape_composite_slice_of_pointers.go:17:17
escape_composite_slice_of_pointers.go:17:17:     from ... argument (slice-literal-element) at escape_composite_slice_of_pointers.go:17:13
escape_composite_slice_of_pointers.go:17:17:   flow: {heap} = {storage for ... argument}:
escape_composite_slice_of_pointers.go:17:17:     from ... argument (spill) at escape_composite_slice_of_pointers.go:17:13
escape_composite_slice_of_pointers.go:17:17:     from fmt.Println(... argument...) (call parameter) at escape_composite_slice_of_pointers.go:17:13
escape_composite_slice_of_pointers.go:17:13: ... argument does not escape
escape_composite_slice_of_pointers.go:17:17: lit() escapes to heap
escape_composite_slice_of_pointers.go:17:21: *litReturned()[0] escapes to heap
