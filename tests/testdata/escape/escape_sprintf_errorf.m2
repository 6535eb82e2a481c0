escape_sprintf_errorf.go:6:21: n escapes to heap:
escape_sprintf_errorf.go:6:21:   flow: {storage for ... argument} = &{storage for n}:
escape_sprintf_errorf.go:6:21:     from n (spill) at escape_sprintf_errorf.go:6:21
escape_sprintf_errorf.go:6:21:     from ... argument (slice-literal-element) at escape_sprintf_errorf.go:6:20
escape_sprintf_errorf.go:6:21:   flow: {heap} = {storage for ... argument}:
escape_sprintf_errorf.go:6:21:     from ... argument (spill) at escape_sprintf_errorf.go:6:20
escape_sprintf_errorf.go:6:21:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at escape_sprintf_errorf.go:6:20
escape_sprintf_errorf.go:6:21: s escapes to heap:
escape_sprintf_errorf.go:6:21:   flow: {storage for ... argument} = &{storage for s}:
escape_sprintf_errorf.go:6:21:     from s (spill) at escape_sprintf_errorf.go:6:21
escape_sprintf_errorf.go:6:21:     from ... argument (slice-literal-element) at escape_sprintf_errorf.go:6:20
escape_sprintf_errorf.go:6:21:   flow: {heap} = {storage for ... argument}:
escape_sprintf_errorf.go:6:21:     from ... argument (spill) at escape_sprintf_errorf.go:6:20
escape_sprintf_errorf.go:6:21:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at escape_sprintf_errorf.go:6:20
escape_sprintf_errorf.go:5:17: parameter s leaks to {storage for s} with derefs=0:
escape_sprintf_errorf.go:5:17:   flow: {storage for s} = s:
escape_sprintf_errorf.go:5:17:     from s (interface-converted) at escape_sprintf_errorf.go:6:21
escape_sprintf_errorf.go:5:17: leaking param: s
escape_sprintf_errorf.go:6:20: ... argument does not escape
escape_sprintf_errorf.go:6:21: s escapes to heap
escape_sprintf_errorf.go:6:21: n escapes to heap
escape_sprintf_errorf.go:9:14: parameter err leaks to {heap} with derefs=0:
escape_sprintf_errorf.go:9:14:   flow: {storage for ... argument} = err:
escape_sprintf_errorf.go:9:14:     from err (interface-converted) at escape_sprintf_errorf.go:10:20
escape_sprintf_errorf.go:9:14:     from ... argument (slice-literal-element) at escape_sprintf_errorf.go:10:19
escape_sprintf_errorf.go:9:14:   flow: {heap} = {storage for ... argument}:
escape_sprintf_errorf.go:9:14:     from ... argument (spill) at escape_sprintf_errorf.go:10:19
escape_sprintf_errorf.go:9:14:     from fmt.Errorf("wrap: %w", ... argument...) (call parameter) at escape_sprintf_errorf.go:10:19
escape_sprintf_errorf.go:9:14: leaking param: err
escape_sprintf_errorf.go:10:19: ... argument does not escape
escape_sprintf_errorf.go:14:17: msg(1, "a") escapes to heap:
escape_sprintf_errorf.go:14:17:   flow: {storage for ... argument} = &{storage for msg(1, "a")}:
escape_sprintf_errorf.go:14:17:     from msg(1, "a") (spill) at escape_sprintf_errorf.go:14:17
escape_sprintf_errorf.go:14:17:     from ... argument (slice-literal-element) at escape_sprintf_errorf.go:14:13
escape_sprintf_errorf.go:14:17:   flow: {heap} = {storage for ... argument}:
escape_sprintf_errorf.go:14:17:     from ... argument (spill) at escape_sprintf_errorf.go:14:13
escape_sprintf_errorf.go:14:17:     from fmt.Println(... argument...) (call parameter) at escape_sprintf_errorf.go:14:13
escape_sprintf_errorf.go:14:13: ... argument does not escape
escape_sprintf_errorf.go:14:17: msg(1, "a") escapes to heap
