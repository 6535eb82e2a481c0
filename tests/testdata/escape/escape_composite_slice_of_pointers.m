escape_composite_slice_of_pointers.go:7:13: []*int{...} does not escape
escape_composite_slice_of_pointers.go:12:2: moved to heap: y
escape_composite_slice_of_pointers.go:13:15: []*int{...} escapes to heap
escape_composite_slice_of_pointers.go:17:13: ... argument does not escape
escape_composite_slice_of_pointers.go:17:17: lit() escapes to heap
escape_composite_slice_of_pointers.go:17:21: *litReturned()[0] escapes to heap
