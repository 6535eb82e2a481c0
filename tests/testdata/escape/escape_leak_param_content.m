escape_leak_param_content.go:7:18: leaking param content: pp
escape_leak_param_content.go:12:2: moved to heap: x
escape_leak_param_content.go:15:13: ... argument does not escape
escape_leak_param_content.go:15:14: *g escapes to heap
