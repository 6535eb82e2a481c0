escape_range_pointer_slice.go:7:2: vals escapes to heap:
escape_range_pointer_slice.go:7:2:   flow: {heap} = &vals:
escape_range_pointer_slice.go:7:2:     from vals[i] (fixed-array-index-of) at escape_range_pointer_slice.go:9:26
escape_range_pointer_slice.go:7:2:     from &vals[i] (address-of) at escape_range_pointer_slice.go:9:21
escape_range_pointer_slice.go:7:2:     from append(out, &vals[i]) (call parameter) at escape_range_pointer_slice.go:9:15
escape_range_pointer_slice.go:7:2: moved to heap: vals
escape_range_pointer_slice.go:16:20: *s[0] + *s[2] escapes to heap:
escape_range_pointer_slice.go:16:20:   flow: {storage for ... argument} = &{storage for *s[0] + *s[2]}:
escape_range_pointer_slice.go:16:20:     from *s[0] + *s[2] (spill) at escape_range_pointer_slice.go:16:20
escape_range_pointer_slice.go:16:20:     from ... argument (slice-literal-element) at escape_range_pointer_slice.go:16:13
escape_range_pointer_slice.go:16:20:   flow: {heap} = {storage for ... argument}:
escape_range_pointer_slice.go:16:20:     from ... argument (spill) at escape_range_pointer_slice.go:16:13
escape_range_pointer_slice.go:16:20:     from fmt.Println(... argument...) (call parameter) at escape_range_pointer_slice.go:16:13
escape_range_pointer_slice.go:16:13: ... argument does not escape
escape_range_pointer_slice.go:16:20: *s[0] + *s[2] escapes to heap
