escape_labelled_loop.go:11:4: v escapes to heap:
escape_labelled_loop.go:11:4:   flow: {heap} = &v:
escape_labelled_loop.go:11:4:     from &v (address-of) at escape_labelled_loop.go:13:27
escape_labelled_loop.go:11:4:     from append(found, &v) (call parameter) at escape_labelled_loop.go:13:19
escape_labelled_loop.go:11:4: moved to heap: v
escape_labelled_loop.go:26:26: *found[0] escapes to heap:
escape_labelled_loop.go:26:26:   flow: {storage for ... argument} = &{storage for *found[0]}:
escape_labelled_loop.go:26:26:     from *found[0] (spill) at escape_labelled_loop.go:26:26
escape_labelled_loop.go:26:26:     from ... argument (slice-literal-element) at escape_labelled_loop.go:26:13
escape_labelled_loop.go:26:26:   flow: {heap} = {storage for ... argument}:
escape_labelled_loop.go:26:26:     from ... argument (spill) at escape_labelled_loop.go:26:13
escape_labelled_loop.go:26:26:     from fmt.Println(... argument...) (call parameter) at escape_labelled_loop.go:26:13
escape_labelled_loop.go:26:17: len(found) escapes to heap:
escape_labelled_loop.go:26:17:   flow: {storage for ... argument} = &{storage for len(found)}:
escape_labelled_loop.go:26:17:     from len(found) (spill) at escape_labelled_loop.go:26:17
escape_labelled_loop.go:26:17:     from ... argument (slice-literal-element) at escape_labelled_loop.go:26:13
escape_labelled_loop.go:26:17:   flow: {heap} = {storage for ... argument}:
escape_labelled_loop.go:26:17:     from ... argument (spill) at escape_labelled_loop.go:26:13
escape_labelled_loop.go:26:17:     from fmt.Println(... argument...) (call parameter) at escape_labelled_loop.go:26:13
escape_labelled_loop.go:26:13: ... argument does not escape
escape_labelled_loop.go:26:17: len(found) escapes to heap
escape_labelled_loop.go:26:26: *found[0] escapes to heap
