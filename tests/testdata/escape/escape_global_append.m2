escape_global_append.go:8:25: v escapes to heap:
escape_global_append.go:8:25:   flow: {heap} = &v:
escape_global_append.go:8:25:     from &v (address-of) at escape_global_append.go:10:22
escape_global_append.go:8:25:     from append(seen, &v) (call parameter) at escape_global_append.go:10:15
escape_global_append.go:8:13: parameter msg leaks to {heap} with derefs=0:
escape_global_append.go:8:13:   flow: {heap} = msg:
escape_global_append.go:8:13:     from append(log, msg) (call parameter) at escape_global_append.go:9:14
escape_global_append.go:8:13: leaking param: msg
escape_global_append.go:8:25: moved to heap: v
escape_global_append.go:16:32: *seen[0] escapes to heap:
escape_global_append.go:16:32:   flow: {storage for ... argument} = &{storage for *seen[0]}:
escape_global_append.go:16:32:     from *seen[0] (spill) at escape_global_append.go:16:32
escape_global_append.go:16:32:     from ... argument (slice-literal-element) at escape_global_append.go:16:13
escape_global_append.go:16:32:   flow: {heap} = {storage for ... argument}:
escape_global_append.go:16:32:     from ... argument (spill) at escape_global_append.go:16:13
escape_global_append.go:16:32:     from fmt.Println(... argument...) (call parameter) at escape_global_append.go:16:13
escape_global_append.go:16:27: log[1] escapes to heap:
escape_global_append.go:16:27:   flow: {storage for ... argument} = &{storage for log[1]}:
escape_global_append.go:16:27:     from log[1] (spill) at escape_global_append.go:16:27
escape_global_append.go:16:27:     from ... argument (slice-literal-element) at escape_global_append.go:16:13
escape_global_append.go:16:27:   flow: {heap} = {storage for ... argument}:
escape_global_append.go:16:27:     from ... argument (spill) at escape_global_append.go:16:13
escape_global_append.go:16:27:     from fmt.Println(... argument...) (call parameter) at escape_global_append.go:16:13
escape_global_append.go:16:17: len(log) escapes to heap:
escape_global_append.go:16:17:   flow: {storage for ... argument} = &{storage for len(log)}:
escape_global_append.go:16:17:     from len(log) (spill) at escape_global_append.go:16:17
escape_global_append.go:16:17:     from ... argument (slice-literal-element) at escape_global_append.go:16:13
escape_global_append.go:16:17:   flow: {heap} = {storage for ... argument}:
escape_global_append.go:16:17:     from ... argument (spill) at escape_global_append.go:16:13
escape_global_append.go:16:17:     from fmt.Println(... argument...) (call parameter) at escape_global_append.go:16:13
escape_global_append.go:16:13: ... argument does not escape
escape_global_append.go:16:17: len(log) escapes to heap
escape_global_append.go:16:27: log[1] escapes to heap
escape_global_append.go:16:32: *seen[0] escapes to heap
