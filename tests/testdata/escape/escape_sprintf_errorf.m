escape_sprintf_errorf.go:5:17: leaking param: s
escape_sprintf_errorf.go:6:20: ... argument does not escape
escape_sprintf_errorf.go:6:21: s escapes to heap
escape_sprintf_errorf.go:6:21: n escapes to heap
escape_sprintf_errorf.go:9:14: leaking param: err
escape_sprintf_errorf.go:10:19: ... argument does not escape
escape_sprintf_errorf.go:14:13: ... argument does not escape
escape_sprintf_errorf.go:14:17: msg(1, "a") escapes to heap
