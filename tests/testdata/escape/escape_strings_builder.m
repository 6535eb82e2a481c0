escape_strings_builder.go:17:13: ... argument does not escape
escape_strings_builder.go:17:19: build(3) escapes to heap
escape_strings_builder.go:17:38: strings.Repeat("-", 2) escapes to heap
