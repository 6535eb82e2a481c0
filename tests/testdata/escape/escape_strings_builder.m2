escape_strings_builder.go:17:38: strings.Repeat("-", 2) escapes to heap:
escape_strings_builder.go:17:38:   flow: {storage for ... argument} = &{storage for strings.Repeat("-", 2)}:
escape_strings_builder.go:17:38:     from strings.Repeat("-", 2) (spill) at escape_strings_builder.go:17:38
escape_strings_builder.go:17:38:     from ... argument (slice-literal-element) at escape_strings_builder.go:17:13
escape_strings_builder.go:17:38:   flow: {heap} = {storage for ... argument}:
escape_strings_builder.go:17:38:     from ... argument (spill) at escape_strings_builder.go:17:13
escape_strings_builder.go:17:38:     from fmt.Println(... argument...) (call parameter) at escape_strings_builder.go:17:13
escape_strings_builder.go:17:19: build(3) escapes to heap:
escape_strings_builder.go:17:19:   flow: {storage for ... argument} = &{storage for build(3)}:
escape_strings_builder.go:17:19:     from build(3) (spill) at escape_strings_builder.go:17:19
escape_strings_builder.go:17:19:     from ... argument (slice-literal-element) at escape_strings_builder.go:17:13
escape_strings_builder.go:17:19:   flow: {heap} = {storage for ... argument}:
escape_strings_builder.go:17:19:     from ... argument (spill) at escape_strings_builder.go:17:13
escape_strings_builder.go:17:19:     from fmt.Println(... argument...) (call parameter) at escape_strings_builder.go:17:13
escape_strings_builder.go:17:13: ... argument does not escape
escape_strings_builder.go:17:19: build(3) escapes to heap
escape_strings_builder.go:17:38: strings.Repeat("-", 2) escapes to heap
