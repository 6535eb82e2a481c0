escape_string_concat.go:5:11: a does not escape
escape_string_concat.go:5:14: b does not escape
escape_string_concat.go:6:11: a + b escapes to heap
escape_string_concat.go:9:12: a does not escape
escape_string_concat.go:9:15: b does not escape
escape_string_concat.go:10:15: a + "-" + b does not escape
escape_string_concat.go:15:13: ... argument does not escape
escape_string_concat.go:15:18: join("x", "y") escapes to heap
escape_string_concat.go:15:35: local("a", "b") escapes to heap
