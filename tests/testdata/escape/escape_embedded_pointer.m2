escape_embedded_pointer.go:9:7: b does not escape
escape_embedded_pointer.go:17:20: &Base{...} escapes to heap:
escape_embedded_pointer.go:17:20:   flow: ~r0 = &{storage for &Base{...}}:
escape_embedded_pointer.go:17:20:     from &Base{...} (spill) at escape_embedded_pointer.go:17:20
escape_embedded_pointer.go:17:20:     from Item{...} (struct literal element) at escape_embedded_pointer.go:17:13
escape_embedded_pointer.go:17:20:     from return Item{...} (return) at escape_embedded_pointer.go:17:2
escape_embedded_pointer.go:17:20: &Base{...} escapes to heap
escape_embedded_pointer.go:22:32: it.label escapes to heap:
escape_embedded_pointer.go:22:32:   flow: {storage for ... argument} = &{storage for it.label}:
escape_embedded_pointer.go:22:32:     from it.label (spill) at escape_embedded_pointer.go:22:32
escape_embedded_pointer.go:22:32:     from ... argument (slice-literal-element) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:32:   flow: {heap} = {storage for ... argument}:
escape_embedded_pointer.go:22:32:     from ... argument (spill) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:32:     from fmt.Println(... argument...) (call parameter) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:25: it.Base.id escapes to heap:
escape_embedded_pointer.go:22:25:   flow: {storage for ... argument} = &{storage for it.Base.id}:
escape_embedded_pointer.go:22:25:     from it.Base.id (spill) at escape_embedded_pointer.go:22:25
escape_embedded_pointer.go:22:25:     from ... argument (slice-literal-element) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:25:   flow: {heap} = {storage for ... argument}:
escape_embedded_pointer.go:22:25:     from ... argument (spill) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:25:     from fmt.Println(... argument...) (call parameter) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:19: (*Base).ID(it.Base) escapes to heap:
escape_embedded_pointer.go:22:19:   flow: {storage for ... argument} = &{storage for (*Base).ID(it.Base)}:
escape_embedded_pointer.go:22:19:     from (*Base).ID(it.Base) (spill) at escape_embedded_pointer.go:22:19
escape_embedded_pointer.go:22:19:     from ... argument (slice-literal-element) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:19:   flow: {heap} = {storage for ... argument}:
escape_embedded_pointer.go:22:19:     from ... argument (spill) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:19:     from fmt.Println(... argument...) (call parameter) at escape_embedded_pointer.go:22:13
escape_embedded_pointer.go:22:13: ... argument does not escape
escape_embedded_pointer.go:22:19: (*Base).ID(it.Base) escapes to heap
escape_embedded_pointer.go:22:25: it.Base.id escapes to heap
escape_embedded_pointer.go:22:32: it.label escapes to heap
