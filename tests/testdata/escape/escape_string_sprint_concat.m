escape_string_sprint_concat.go:5:12: first does not escape
escape_string_sprint_concat.go:5:19: last does not escape
escape_string_sprint_concat.go:6:19: ... argument does not escape
escape_string_sprint_concat.go:6:32: first + " " + last escapes to heap
escape_string_sprint_concat.go:6:32: first + " " + last escapes to heap
escape_string_sprint_concat.go:11:13: ... argument does not escape
escape_string_sprint_concat.go:11:19: label(a, b) escapes to heap
escape_string_sprint_concat.go:11:30: len(a + b) escapes to heap
escape_string_sprint_concat.go:11:32: a + b does not escape
