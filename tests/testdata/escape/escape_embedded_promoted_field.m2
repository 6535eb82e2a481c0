escape_embedded_promoted_field.go:11:16: a.Name + " walks" escapes to heap:
escape_embedded_promoted_field.go:11:16:   flow: ~r0 = &{storage for a.Name + " walks"}:
escape_embedded_promoted_field.go:11:16:     from a.Name + " walks" (spill) at escape_embedded_promoted_field.go:11:16
escape_embedded_promoted_field.go:11:16:     from return a.Name + " walks" (return) at escape_embedded_promoted_field.go:11:2
escape_embedded_promoted_field.go:10:7: a does not escape
escape_embedded_promoted_field.go:11:16: a.Name + " walks" escapes to heap
escape_embedded_promoted_field.go:19:11: parameter d leaks to ~r0 with derefs=1:
escape_embedded_promoted_field.go:19:11:   flow: ~r0 = *d:
escape_embedded_promoted_field.go:19:11:     from d.Animal (dot of pointer) at escape_embedded_promoted_field.go:20:10
escape_embedded_promoted_field.go:19:11:     from d.Animal.Name (dot) at escape_embedded_promoted_field.go:20:10
escape_embedded_promoted_field.go:19:11:     from return d.Animal.Name (return) at escape_embedded_promoted_field.go:20:2
escape_embedded_promoted_field.go:19:11: leaking param: d to result ~r0 level=1
escape_embedded_promoted_field.go:26:42: Animal.Describe(d.Animal) escapes to heap:
escape_embedded_promoted_field.go:26:42:   flow: {storage for ... argument} = &{storage for Animal.Describe(d.Animal)}:
escape_embedded_promoted_field.go:26:42:     from Animal.Describe(d.Animal) (spill) at escape_embedded_promoted_field.go:26:42
escape_embedded_promoted_field.go:26:42:     from ... argument (slice-literal-element) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:42:   flow: {heap} = {storage for ... argument}:
escape_embedded_promoted_field.go:26:42:     from ... argument (spill) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:42:     from fmt.Println(... argument...) (call parameter) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:25: d.Animal.legs escapes to heap:
escape_embedded_promoted_field.go:26:25:   flow: {storage for ... argument} = &{storage for d.Animal.legs}:
escape_embedded_promoted_field.go:26:25:     from d.Animal.legs (spill) at escape_embedded_promoted_field.go:26:25
escape_embedded_promoted_field.go:26:25:     from ... argument (slice-literal-element) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:25:   flow: {heap} = {storage for ... argument}:
escape_embedded_promoted_field.go:26:25:     from ... argument (spill) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:25:     from fmt.Println(... argument...) (call parameter) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:18: name(&d) escapes to heap:
escape_embedded_promoted_field.go:26:18:   flow: {storage for ... argument} = &{storage for name(&d)}:
escape_embedded_promoted_field.go:26:18:     from name(&d) (spill) at escape_embedded_promoted_field.go:26:18
escape_embedded_promoted_field.go:26:18:     from ... argument (slice-literal-element) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:18:   flow: {heap} = {storage for ... argument}:
escape_embedded_promoted_field.go:26:18:     from ... argument (spill) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:26:18:     from fmt.Println(... argument...) (call parameter) at escape_embedded_promoted_field.go:26:13
escape_embedded_promoted_field.go:25:15: d.Animal.Name escapes to heap:
escape_embedded_promoted_field.go:25:15:   flow: {storage for ... argument} = &{storage for d.Animal.Name}:
escape_embedded_promoted_field.go:25:15:     from d.Animal.Name (spill) at escape_embedded_promoted_field.go:25:15
escape_embedded_promoted_field.go:25:15:     from ... argument (slice-literal-element) at escape_embedded_promoted_field.go:25:13
escape_embedded_promoted_field.go:25:15:   flow: {heap} = {storage for ... argument}:
escape_embedded_promoted_field.go:25:15:     from ... argument (spill) at escape_embedded_promoted_field.go:25:13
escape_embedded_promoted_field.go:25:15:     from fmt.Println(... argument...) (call parameter) at escape_embedded_promoted_field.go:25:13
escape_embedded_promoted_field.go:25:13: ... argument does not escape
escape_embedded_promoted_field.go:25:15: d.Animal.Name escapes to heap
escape_embedded_promoted_field.go:26:13: ... argument does not escape
escape_embedded_promoted_field.go:26:18: name(&d) escapes to heap
escape_embedded_promoted_field.go:26:25: d.Animal.legs escapes to heap
escape_embedded_promoted_field.go:26:42: Animal.Describe(d.Animal) escapes to heap
